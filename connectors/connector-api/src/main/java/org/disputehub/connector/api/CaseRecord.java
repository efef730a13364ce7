package org.disputehub.connector.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One case in the state the source last sent it, in the hub's canonical shape. Every connector maps its
 * source's records onto this and hands them to a {@link CaseSink}.
 *
 * @param version    ordering of deliveries of the same case: a record never replaces one with a higher or
 *                   equal version (hotline: the order's {@code version}; petition and police: the update
 *                   time in epoch milliseconds)
 * @param status     the channel's own status word
 * @param state      the status folded onto open / resolved / rejected
 * @param areaCode   administrative code when the source gives one
 * @param areaName   where the matter is, as named by the source (petition 问题属地)
 * @param details    the channel's own scalar fields (appeal type, station, outcome, ...), keyed by the source's
 *                   field names
 */
public record CaseRecord(
        Source source,
        String sourceId,
        long version,
        OffsetDateTime reportedAt,
        OffsetDateTime updatedAt,
        String category,
        String status,
        CaseState state,
        OffsetDateTime closedAt,
        String content,
        String address,
        String areaCode,
        String areaName,
        Map<String, Object> details,
        List<PartyMention> parties,
        List<CaseReference> references,
        Origin origin) {

    public CaseRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        details = details == null ? Map.of() : Map.copyOf(details);
        parties = parties == null ? List.of() : List.copyOf(parties);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The key the hub stores the case under: unique across channels. */
    public String key() {
        return source + ":" + sourceId;
    }
}
