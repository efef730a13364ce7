package org.disputehub.hub.people;

import org.neo4j.driver.types.Node;

public record HouseholdView(String id, String address) {

    public static HouseholdView of(Node node) {
        return new HouseholdView(node.get("id").asString(),
                node.get("address").isNull() ? null : node.get("address").asString());
    }
}
