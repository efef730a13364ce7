package org.disputehub.hub.dashboard;

public record LevelCount(String level, long count) {
}
