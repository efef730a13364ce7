package org.disputehub.hub.changes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Stamps what a write transaction changed with the next numbers of the change sequence, in that transaction,
 * so the feed shows a change exactly when it is committed.
 */
@Component
public class ChangeSequence {

    public void casesChanged(TransactionContext tx, Collection<String> caseKeys) {
        stamp(tx, ChangeCypher.STAMP_CASES, caseKeys);
    }

    public void disputesChanged(TransactionContext tx, Collection<String> disputeIds) {
        stamp(tx, ChangeCypher.STAMP_DISPUTES, disputeIds);
    }

    public void disputesRemoved(TransactionContext tx, Collection<String> disputeIds) {
        stamp(tx, ChangeCypher.STAMP_REMOVED_DISPUTES, disputeIds);
    }

    private static void stamp(TransactionContext tx, String cypher, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        long base = tx.run(ChangeCypher.RESERVE, Map.of("count", keys.size())).single().get("base").asLong();
        List<Map<String, Object>> rows = new ArrayList<>(keys.size());
        for (String key : keys) {
            rows.add(Map.of("key", key, "seq", ++base));
        }
        tx.run(cypher, Map.of("rows", rows)).consume();
    }
}
