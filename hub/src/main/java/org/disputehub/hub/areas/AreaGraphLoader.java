package org.disputehub.hub.areas;

import java.util.List;
import java.util.Map;

import org.disputehub.hub.neo4j.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** Puts the gazetteer's county → township → village tree into the graph at start-up. */
@Component
class AreaGraphLoader {

    private static final String LOAD = """
            UNWIND $areas AS area
            MERGE (a:Area {code: area.code})
            SET a.name = area.name, a.level = area.level
            WITH a, area WHERE area.parentCode IS NOT NULL
            MERGE (parent:Area {code: area.parentCode})
            MERGE (a)-[:PART_OF]->(parent)
            """;

    AreaGraphLoader(Driver driver, SchemaMigrations schema, Gazetteer gazetteer) {
        List<Map<String, Object>> areas = gazetteer.areas().stream()
            .map(area -> {
                Map<String, Object> row = new java.util.HashMap<>();
                row.put("code", area.code());
                row.put("name", area.name());
                row.put("level", area.level().name());
                row.put("parentCode", area.parentCode());
                return row;
            })
            .toList();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(LOAD, Map.of("areas", areas)).consume());
        }
    }
}
