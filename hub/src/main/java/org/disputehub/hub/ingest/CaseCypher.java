package org.disputehub.hub.ingest;

/** The ingest's Cypher: every statement takes a batch of rows and runs once per batch. */
final class CaseCypher {

    private CaseCypher() {
    }

    /**
     * Creates or replaces the cases whose version is higher than the stored one, with their parties, area and
     * references, in one pass over the batch; returns the keys written. The channel label ({@code $channel})
     * comes from a fixed allow-list, never from input; as a parameter it leaves one plan for all channels.
     * The batch's areas must exist ({@code AreaCypher.MERGE_AREAS}).
     *
     * <p>Parties: the new version's replace the previous version's; unchanged mention keys keep their node (and
     * so their links). References: a link when the other case is here, a pending link until it arrives
     * ({@link #RESOLVE_PENDING_REFERENCES}); links the new version no longer names are removed.
     */
    static final String UPSERT_CASES = """
            UNWIND $rows AS row
            MERGE (c:Case {key: row.key})
            WITH c, row
            WHERE c.version IS NULL OR c.version < row.version
            SET c = row.props, c:$($channel)
            WITH c, row
            CALL (c, row) {
              MATCH (c)-[:HAS_PARTY]->(old:Mention)
              WHERE NOT old.key IN row.partyKeys
              DETACH DELETE old
            }
            CALL (c, row) {
              UNWIND row.parties AS party
              MERGE (m:Mention {key: party.key})
              SET m = party.props
              MERGE (c)-[:HAS_PARTY]->(m)
            }
            CALL (c, row) {
              MATCH (c)-[old:IN_AREA]->(area:Area)
              WHERE row.areaCode IS NULL OR area.code <> row.areaCode
              DELETE old
            }
            CALL (c, row) {
              MATCH (area:Area {code: row.areaCode})
              MERGE (c)-[:IN_AREA]->(area)
            }
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
            CALL (c, row) {
              UNWIND row.references AS ref
              OPTIONAL MATCH (target:Case {key: ref.to})
              CALL (c, ref, target) {
                WITH c, ref, target WHERE target IS NOT NULL
                MERGE (c)-[:LINKED_TO {reason: ref.reason}]->(target)
              }
              CALL (c, ref, target) {
                WITH c, ref, target WHERE target IS NULL
                MERGE (:PendingLink {fromKey: c.key, toKey: ref.to, reason: ref.reason})
              }
            }
            RETURN c.key AS key
            """;

    static final String RESOLVE_PENDING_REFERENCES = """
            UNWIND $keys AS key
            MATCH (pending:PendingLink {toKey: key})
            MATCH (from:Case {key: pending.fromKey}), (to:Case {key: key})
            MERGE (from)-[:LINKED_TO {reason: pending.reason}]->(to)
            DELETE pending
            """;
}
