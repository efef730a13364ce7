package org.disputehub.hub.changes;

import java.util.List;

public record ChangeFeed(List<ChangeView> changes, String cursor, boolean hasMore) {
}
