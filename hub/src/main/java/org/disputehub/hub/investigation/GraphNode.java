package org.disputehub.hub.investigation;

import org.neo4j.driver.types.Node;

/** A node of a graph view, named by the id the API uses for it elsewhere. */
record GraphNode(String id, Kind kind, String label, Integer hops) {

    enum Kind { PERSON, HOUSEHOLD, CASE, DISPUTE, MENTION }

    static GraphNode of(Node node, Integer hops) {
        if (node.hasLabel("Person")) {
            return new GraphNode(node.get("id").asString(), Kind.PERSON, node.get("name").asString(null), hops);
        }
        if (node.hasLabel("Household")) {
            return new GraphNode(node.get("id").asString(), Kind.HOUSEHOLD, node.get("address").asString(null), hops);
        }
        if (node.hasLabel("Case")) {
            String category = node.get("category").asString(null);
            return new GraphNode(node.get("key").asString(), Kind.CASE,
                    node.get("key").asString() + (category == null ? "" : " " + category), hops);
        }
        if (node.hasLabel("Dispute")) {
            String level = node.get("warningLevel").asString(null);
            return new GraphNode(node.get("id").asString(), Kind.DISPUTE, "dispute of "
                    + node.get("caseCount").asInt(0) + " cases" + (level == null ? "" : ", " + level + " warning"),
                    hops);
        }
        if (node.hasLabel("Mention")) {
            return new GraphNode(node.get("key").asString(), Kind.MENTION,
                    node.get("name").asString("?") + " in " + node.get("caseKey").asString(), hops);
        }
        throw new IllegalStateException("not a node investigations traverse: " + node.labels());
    }
}
