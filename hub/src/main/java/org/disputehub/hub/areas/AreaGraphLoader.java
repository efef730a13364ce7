package org.disputehub.hub.areas;

import java.util.Map;

import org.disputehub.hub.neo4j.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** Puts the gazetteer's county → township → village tree into the graph at start-up. */
@Component
class AreaGraphLoader {

    AreaGraphLoader(Driver driver, SchemaMigrations schema, Gazetteer gazetteer) {
        var areas = gazetteer.withAncestors(gazetteer.areas().stream().map(Area::code).toList());
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(AreaCypher.MERGE_AREAS, Map.of("areas", areas)).consume());
        }
    }
}
