package org.disputehub.hub.investigation;

import java.util.List;
import java.util.function.Predicate;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/** A node of a graph view, named by the id the API uses for it elsewhere. */
record GraphNode(String id, Kind kind, String label, Integer hops) {

    enum Kind { PERSON, HOUSEHOLD, CASE, DISPUTE, MENTION }

    /**
     * What of a node {@code %1$s} a graph view shows, as Cypher: a walk returns these instead of whole nodes,
     * whose every property (a case's full text) would cross the wire for a label.
     */
    static final String CYPHER_VIEW = "{labels: labels(%1$s), id: %1$s.id, key: %1$s.key, name: %1$s.name, "
            + "address: %1$s.address, category: %1$s.category, caseCount: %1$s.caseCount, "
            + "warningLevel: %1$s.warningLevel, caseKey: %1$s.caseKey}";

    /** The id {@link #of} gives a node {@code %1$s}, as Cypher. */
    static final String CYPHER_ID = "CASE WHEN %1$s:Case OR %1$s:Mention THEN %1$s.key ELSE %1$s.id END";

    static GraphNode of(Node node, Integer hops) {
        return of(node::hasLabel, node.labels(), node, hops);
    }

    /** A node as {@link #CYPHER_VIEW} returned it. */
    static GraphNode ofView(Value view, Integer hops) {
        List<String> labels = view.get("labels").asList(Value::asString);
        return of(labels::contains, labels, view, hops);
    }

    GraphNode reachedAt(int hops) {
        return new GraphNode(id, kind, label, hops);
    }

    private static GraphNode of(Predicate<String> hasLabel, Iterable<String> labels, MapAccessor node, Integer hops) {
        if (hasLabel.test("Person")) {
            return new GraphNode(node.get("id").asString(), Kind.PERSON, node.get("name").asString(null), hops);
        }
        if (hasLabel.test("Household")) {
            return new GraphNode(node.get("id").asString(), Kind.HOUSEHOLD, node.get("address").asString(null), hops);
        }
        if (hasLabel.test("Case")) {
            String category = node.get("category").asString(null);
            return new GraphNode(node.get("key").asString(), Kind.CASE,
                    node.get("key").asString() + (category == null ? "" : " " + category), hops);
        }
        if (hasLabel.test("Dispute")) {
            String level = node.get("warningLevel").asString(null);
            return new GraphNode(node.get("id").asString(), Kind.DISPUTE, "dispute of "
                    + node.get("caseCount").asInt(0) + " cases" + (level == null ? "" : ", " + level + " warning"),
                    hops);
        }
        if (hasLabel.test("Mention")) {
            return new GraphNode(node.get("key").asString(), Kind.MENTION,
                    node.get("name").asString("?") + " in " + node.get("caseKey").asString(), hops);
        }
        throw new IllegalStateException("not a node investigations traverse: " + labels);
    }
}
