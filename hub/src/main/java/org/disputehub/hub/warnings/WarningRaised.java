package org.disputehub.hub.warnings;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A dispute's warning went up a level (or appeared) or the dispute turned hot, as committed by one ingest
 * batch. {@code areaCodes} are the areas of its cases with all their ancestors, for filtering by area.
 */
public record WarningRaised(String disputeId, String level, String previousLevel, boolean hot, boolean turnedHot,
        List<String> reasons, List<String> areaCodes, OffsetDateTime raisedAt) {
}
