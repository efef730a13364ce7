package org.disputehub.hub.areas;

import org.neo4j.driver.types.Node;

public record AreaView(String code, String name, AreaLevel level) {

    static AreaView of(Node node) {
        String code = node.get("code").asString();
        return new AreaView(code, node.get("name").asString(null), AreaLevel.ofCode(code));
    }
}
