package org.disputehub.hub.ingest;

/** The ingest's Cypher: every statement takes a batch of rows and runs once per batch. */
final class CaseCypher {

    private CaseCypher() {
    }

    /**
     * Creates or replaces cases whose version is higher than the stored one; returns the keys written. The
     * channel label comes from a fixed allow-list, never from input.
     */
    static String upsertCases(String channelLabel) {
        return """
                UNWIND $rows AS row
                MERGE (c:Case {key: row.key})
                WITH c, row
                WHERE c.version IS NULL OR c.version < row.version
                SET c = row.props, c:%s
                RETURN c.key AS key
                """.formatted(channelLabel);
    }

    /** The parties of a new version replace the previous version's; unchanged mention keys keep their node. */
    static final String REPLACE_PARTIES = """
            UNWIND $rows AS row
            MATCH (c:Case {key: row.key})
            CALL (c, row) {
              MATCH (c)-[:HAS_PARTY]->(old:Mention)
              WHERE NOT old.key IN row.partyKeys
              DETACH DELETE old
            }
            WITH c, row
            UNWIND row.parties AS party
            MERGE (m:Mention {key: party.key})
            SET m = party.props
            MERGE (c)-[:HAS_PARTY]->(m)
            """;

    /** Runs after the batch's areas were written with {@code AreaCypher.MERGE_AREAS}. */
    static final String PLACE_IN_AREA = """
            UNWIND $rows AS row
            MATCH (c:Case {key: row.key})
            CALL (c) {
              MATCH (c)-[old:IN_AREA]->()
              DELETE old
            }
            WITH c, row
            WHERE row.areaCode IS NOT NULL
            MATCH (a:Area {code: row.areaCode})
            MERGE (c)-[:IN_AREA]->(a)
            """;

    /**
     * References the source recorded: a link when the other case is here, a pending link until it arrives.
     * Links the new version no longer names are removed.
     */
    static final String REPLACE_REFERENCES = """
            UNWIND $rows AS row
            MATCH (c:Case {key: row.key})
            CALL (c, row) {
              MATCH (c)-[old:LINKED_TO]->(other:Case)
              WHERE NONE(ref IN row.references WHERE ref.to = other.key AND ref.reason = old.reason)
              DELETE old
            }
            CALL (c, row) {
              MATCH (old:PendingLink {fromKey: c.key})
              WHERE NONE(ref IN row.references WHERE ref.to = old.toKey AND ref.reason = old.reason)
              DELETE old
            }
            WITH c, row
            UNWIND row.references AS ref
            OPTIONAL MATCH (target:Case {key: ref.to})
            CALL (c, ref, target) {
              WITH c, ref, target WHERE target IS NOT NULL
              MERGE (c)-[link:LINKED_TO {reason: ref.reason}]->(target)
            }
            CALL (c, ref, target) {
              WITH c, ref, target WHERE target IS NULL
              MERGE (:PendingLink {fromKey: c.key, toKey: ref.to, reason: ref.reason})
            }
            """;

    static final String RESOLVE_PENDING_REFERENCES = """
            UNWIND $keys AS key
            MATCH (pending:PendingLink {toKey: key})
            MATCH (from:Case {key: pending.fromKey}), (to:Case {key: key})
            MERGE (from)-[:LINKED_TO {reason: pending.reason}]->(to)
            DELETE pending
            """;
}
