package org.disputehub.connector.petition;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.QuarantinedRecord;

/** An in-memory sink that keeps everything it is handed; can be told to fail like a broken database. */
class CollectingSink implements CaseSink {

    final List<CaseRecord> cases = new CopyOnWriteArrayList<>();
    final List<QuarantinedRecord> quarantined = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public int accept(List<CaseRecord> batch) {
        if (failing) {
            throw new IllegalStateException("sink is down");
        }
        cases.addAll(batch);
        return batch.size();
    }

    @Override
    public void quarantine(List<QuarantinedRecord> records) {
        quarantined.addAll(records);
    }

    void reset() {
        cases.clear();
        quarantined.clear();
        failing = false;
    }

    CaseRecord single(String sourceId) {
        List<CaseRecord> found = cases.stream().filter(c -> c.sourceId().equals(sourceId)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one case " + sourceId + " but got " + found.size());
        }
        return found.get(0);
    }
}
