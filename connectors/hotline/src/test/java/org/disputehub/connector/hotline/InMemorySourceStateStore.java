package org.disputehub.connector.hotline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.disputehub.connector.api.Source;
import org.disputehub.connector.api.SourceStateStore;

/** A {@link SourceStateStore} in memory that records every poll outcome reported to it. */
public class InMemorySourceStateStore implements SourceStateStore {

    public record Polled(Source source, String transport, int received) {
    }

    public record Failed(Source source, String transport, String message, boolean stopped) {
    }

    private final Map<String, String> watermarks = new ConcurrentHashMap<>();
    private final List<Polled> polls = new CopyOnWriteArrayList<>();
    private final List<Failed> failures = new CopyOnWriteArrayList<>();

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
        polls.add(new Polled(source, transport, received));
    }

    @Override
    public void failed(Source source, String transport, String message, boolean stopped) {
        failures.add(new Failed(source, transport, message, stopped));
    }

    public List<Polled> polls() {
        return List.copyOf(polls);
    }

    public List<Failed> failures() {
        return List.copyOf(failures);
    }
}
