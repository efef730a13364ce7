package org.disputehub.hub.warnings;

/** What warning rules read about one case of a dispute. */
public record MatterCase(String key, String source, long at, String content, String state, int headcount,
        int petitioners) {
}
