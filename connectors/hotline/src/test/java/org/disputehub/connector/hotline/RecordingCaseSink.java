package org.disputehub.connector.hotline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.QuarantinedRecord;

/** A {@link CaseSink} that keeps everything it was handed, in order, and counts like the hub: newer versions only. */
public class RecordingCaseSink implements CaseSink {

    private final List<CaseRecord> received = new CopyOnWriteArrayList<>();
    private final List<QuarantinedRecord> quarantined = new CopyOnWriteArrayList<>();
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    @Override
    public synchronized int accept(List<CaseRecord> cases) {
        received.addAll(cases);
        int accepted = 0;
        for (CaseRecord record : cases) {
            Long stored = versions.get(record.key());
            if (stored == null || stored < record.version()) {
                versions.put(record.key(), record.version());
                accepted++;
            }
        }
        return accepted;
    }

    @Override
    public void quarantine(List<QuarantinedRecord> records) {
        quarantined.addAll(records);
    }

    /** Every record handed in, duplicates included, in arrival order. */
    public List<CaseRecord> received() {
        return List.copyOf(received);
    }

    public List<QuarantinedRecord> quarantined() {
        return List.copyOf(quarantined);
    }

    /** The highest version stored per case key. */
    public Map<String, Long> versions() {
        return Map.copyOf(versions);
    }
}
