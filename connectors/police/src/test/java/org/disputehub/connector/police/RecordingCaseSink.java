package org.disputehub.connector.police;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.QuarantinedRecord;

/** Keeps every delivery, so tests can see what arrived and how often; can be told to fail like a down hub. */
class RecordingCaseSink implements CaseSink {

    private final List<CaseRecord> deliveries = new CopyOnWriteArrayList<>();
    private final List<QuarantinedRecord> quarantined = new CopyOnWriteArrayList<>();
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private volatile String failure;

    @Override
    public int accept(List<CaseRecord> cases) {
        String fail = failure;
        if (fail != null) {
            throw new IllegalStateException(fail);
        }
        deliveries.addAll(cases);
        int newer = 0;
        for (CaseRecord record : cases) {
            Long stored = versions.get(record.key());
            if (stored == null || stored < record.version()) {
                versions.put(record.key(), record.version());
                newer++;
            }
        }
        return newer;
    }

    @Override
    public void quarantine(List<QuarantinedRecord> records) {
        quarantined.addAll(records);
    }

    /** Every following batch fails with this message; {@code null} ends that. */
    void failWith(String failure) {
        this.failure = failure;
    }

    List<CaseRecord> deliveries() {
        return List.copyOf(deliveries);
    }

    List<QuarantinedRecord> quarantined() {
        return List.copyOf(quarantined);
    }

    /** Distinct cases received. */
    int caseCount() {
        return versions.size();
    }
}
