package org.disputehub.hub.people;

import org.neo4j.driver.types.Node;

public record PersonView(String id, String name) {

    public static PersonView of(Node node) {
        return new PersonView(node.get("id").asString(), node.get("name").isNull() ? null : node.get("name").asString());
    }
}
