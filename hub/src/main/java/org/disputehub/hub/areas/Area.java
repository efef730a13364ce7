package org.disputehub.hub.areas;

/** A county, township or village; {@code parentCode} is null for a county. */
public record Area(String code, String name, AreaLevel level, String parentCode) {
}
