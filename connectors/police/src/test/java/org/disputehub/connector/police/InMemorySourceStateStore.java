package org.disputehub.connector.police;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.disputehub.connector.api.Source;
import org.disputehub.connector.api.SourceStateStore;

/** Watermarks and poll outcomes in memory; one instance can outlive an application context, like a database. */
class InMemorySourceStateStore implements SourceStateStore {

    record Failure(Source source, String transport, String message, boolean stopped) {
    }

    private final Map<String, String> watermarks = new ConcurrentHashMap<>();
    private final List<Integer> polls = new CopyOnWriteArrayList<>();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();

    @Override
    public Optional<String> watermark(String name) {
        return Optional.ofNullable(watermarks.get(name));
    }

    @Override
    public void saveWatermark(String name, String value) {
        watermarks.put(name, value);
    }

    @Override
    public void polled(Source source, String transport, int received) {
        polls.add(received);
    }

    @Override
    public void failed(Source source, String transport, String message, boolean stopped) {
        failures.add(new Failure(source, transport, message, stopped));
    }

    /** How many records each finished poll received, in order. */
    List<Integer> polls() {
        return List.copyOf(polls);
    }

    List<Failure> failures() {
        return List.copyOf(failures);
    }
}
