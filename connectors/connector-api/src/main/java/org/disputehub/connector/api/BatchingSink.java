package org.disputehub.connector.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects records read one at a time and hands them to a {@link CaseSink} in batches, so the hub can write
 * each batch with one statement.
 */
public final class BatchingSink implements AutoCloseable {

    private final CaseSink sink;
    private final int batchSize;
    private final List<CaseRecord> cases = new ArrayList<>();
    private final List<QuarantinedRecord> quarantined = new ArrayList<>();
    private int accepted;
    private int received;
    private int rejected;

    public BatchingSink(CaseSink sink, int batchSize) {
        this.sink = sink;
        this.batchSize = batchSize;
    }

    public void add(CaseRecord record) {
        received++;
        cases.add(record);
        if (cases.size() >= batchSize) {
            flushCases();
        }
    }

    public void quarantine(QuarantinedRecord record) {
        rejected++;
        quarantined.add(record);
        if (quarantined.size() >= batchSize) {
            flushQuarantine();
        }
    }

    public void flush() {
        flushCases();
        flushQuarantine();
    }

    private void flushCases() {
        if (!cases.isEmpty()) {
            accepted += sink.accept(List.copyOf(cases));
            cases.clear();
        }
    }

    private void flushQuarantine() {
        if (!quarantined.isEmpty()) {
            sink.quarantine(List.copyOf(quarantined));
            quarantined.clear();
        }
    }

    /** Records handed in as valid. */
    public int received() {
        return received;
    }

    /** Records the sink took as new or newer. */
    public int accepted() {
        return accepted;
    }

    public int rejected() {
        return rejected;
    }

    @Override
    public void close() {
        flush();
    }
}
