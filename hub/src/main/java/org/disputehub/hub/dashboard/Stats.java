package org.disputehub.hub.dashboard;

import java.util.List;

public record Stats(List<StatsGroup> groups, StatsGroup totals) {
}
