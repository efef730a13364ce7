package org.disputehub.hub.changes;

/** The change feed's Cypher: taking numbers from the sequence, stamping them, and reading the feed. */
final class ChangeCypher {

    private ChangeCypher() {
    }

    /**
     * Reserves {@code $count} numbers and returns the last one used before them. The {@code _lock} write takes
     * the sequence's write lock before it is read, so numbers follow commit order: a writer holding numbers
     * blocks the next one until it commits, and a reader never sees a higher number before a lower one.
     */
    static final String RESERVE = """
            MERGE (s:ChangeSequence {name: 'changes'})
            ON CREATE SET s.last = 0
            SET s._lock = true
            WITH s, s.last AS base
            SET s.last = base + $count
            REMOVE s._lock
            RETURN base
            """;

    static final String STAMP_CASES = """
            UNWIND $rows AS row
            MATCH (c:Case {key: row.key})
            SET c.changeSeq = row.seq
            """;

    /** A dispute that comes back under an id that was removed is no longer removed. */
    static final String STAMP_DISPUTES = """
            UNWIND $rows AS row
            MATCH (d:Dispute {id: row.key})
            SET d.changeSeq = row.seq
            WITH d
            OPTIONAL MATCH (removed:RemovedDispute {id: d.id})
            DELETE removed
            """;

    static final String STAMP_REMOVED_DISPUTES = """
            UNWIND $rows AS row
            MERGE (r:RemovedDispute {id: row.key})
            SET r.changeSeq = row.seq, r.removedAt = datetime()
            """;

    /** Each branch reads its own index in sequence order and stops at the page size. */
    static final String FEED = """
            CALL () {
              MATCH (c:Case)
              WHERE c.changeSeq > $since AND ($sources IS NULL OR c.source IN $sources)
              RETURN c.changeSeq AS seq, 'CASE' AS kind, c.key AS key
              ORDER BY seq LIMIT $limit
              UNION ALL
              MATCH (d:Dispute)
              WHERE d.changeSeq > $since
                AND ($sources IS NULL OR EXISTS { (d)<-[:PART_OF]-(c:Case) WHERE c.source IN $sources })
              RETURN d.changeSeq AS seq, 'DISPUTE' AS kind, d.id AS key
              ORDER BY seq LIMIT $limit
              UNION ALL
              MATCH (r:RemovedDispute)
              WHERE r.changeSeq > $since
              RETURN r.changeSeq AS seq, 'DISPUTE_REMOVED' AS kind, r.id AS key
              ORDER BY seq LIMIT $limit
            }
            RETURN seq, kind, key
            ORDER BY seq
            LIMIT $limit
            """;
}
