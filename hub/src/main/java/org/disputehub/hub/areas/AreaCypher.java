package org.disputehub.hub.areas;

/** Writing areas: the one statement through which every area node and its parent link is made. */
public final class AreaCypher {

    private AreaCypher() {
    }

    /** Takes rows from {@link Gazetteer#withAncestors}: {@code code, name, level, parentCode}. */
    public static final String MERGE_AREAS = """
            UNWIND $areas AS area
            MERGE (a:Area {code: area.code})
            SET a.level = area.level, a.name = coalesce(area.name, a.name)
            WITH a, area WHERE area.parentCode IS NOT NULL
            MERGE (parent:Area {code: area.parentCode})
            MERGE (a)-[:PART_OF]->(parent)
            """;
}
