package org.disputehub.hub.changes;

/** One entry of the feed: what changed, by its key (a case key or a dispute id). */
public record ChangeView(String cursor, ChangeKind kind, String key) {

    public enum ChangeKind {
        CASE, DISPUTE, DISPUTE_REMOVED
    }

    public String disputeId() {
        return kind == ChangeKind.CASE ? null : key;
    }
}
