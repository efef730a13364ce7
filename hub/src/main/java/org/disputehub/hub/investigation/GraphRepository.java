package org.disputehub.hub.investigation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads for graph views: one person-to-person step of a neighbourhood, and shortest paths. */
@Repository
class GraphRepository {

    static final int MAX_PATH_HOPS = 12;
    static final int MAX_NEIGHBOURHOOD_HOPS = 3;

    /**
     * One connecting edge found by a step, between the ids of its ends: {@code from} is a person or case,
     * {@code to} a case, household or dispute.
     */
    record Connection(GraphEdge.Kind kind, String from, String to) {
    }

    /**
     * Everything one step away from the persons {@code persons}: their cases and the other cases of those cases'
     * disputes (with each case's dispute and parties), and their households (with the households' members); at
     * most {@code $limit} connections, in a stable order.
     */
    private static final String STEP = """
              CALL (persons) {
                UNWIND persons AS p
                CALL (p) {
                  MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(c:Case)
                  RETURN c
                  UNION
                  MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(:Case)-[:PART_OF]->(:Dispute)<-[:PART_OF]-(c:Case)
                  RETURN c
                }
                WITH DISTINCT c
                CALL (c) {
                  MATCH (c)-[:PART_OF]->(d:Dispute)
                  RETURN 'PART_OF' AS kind, c AS from, d AS to
                  UNION
                  MATCH (c)-[:HAS_PARTY]->(:Mention)-[:REFERS_TO]->(o:Person)
                  RETURN 'PARTY_TO' AS kind, o AS from, c AS to
                }
                RETURN kind, from, to
                UNION
                UNWIND persons AS p
                MATCH (p)<-[:REFERS_TO]-(:Mention)-[:AT_HOUSEHOLD]->(h:Household)
                // A second MATCH, so the person's own placement comes back too, even from a single mention.
                MATCH (h)<-[:AT_HOUSEHOLD]-(:Mention)-[:REFERS_TO]->(o:Person)
                RETURN 'MEMBER_OF' AS kind, o AS from, h AS to
              }
              WITH DISTINCT kind, from, to
              ORDER BY kind, elementId(to), elementId(from)
              LIMIT $limit
              RETURN collect({kind: kind, from: from, to: to}) AS step
            """;

    /** Every node the steps' connections touch, once each, as {@link GraphNode#CYPHER_VIEW}. */
    private static final String NODES_OF_STEPS = """
            CALL (steps) {
              UNWIND steps AS step
              UNWIND step AS row
              UNWIND [row.from, row.to] AS node
              WITH DISTINCT node
              RETURN collect(%s) AS nodes
            }
            """.formatted(GraphNode.CYPHER_VIEW.formatted("node"));

    /**
     * A neighbourhood of 1 to {@link #MAX_NEIGHBOURHOOD_HOPS} person-to-person steps in one statement: each step
     * starts from the persons the previous one reached first, at most {@code $frontier} of them (a view cannot
     * show more). The number of steps is from this fixed range, never text from a request.
     */
    private static final Map<Integer, String> NEIGHBOURHOOD = IntStream.rangeClosed(1, MAX_NEIGHBOURHOOD_HOPS).boxed()
        .collect(Collectors.toMap(Function.identity(), hops -> {
            StringBuilder cypher = new StringBuilder("""
                    MATCH (centre:Person {id: $id})
                    WITH centre, [centre] AS persons, [centre] AS seen
                    """);
            String steps = "";
            for (int hop = 1; hop <= hops; hop++) {
                cypher.append("CALL (persons) {\n").append(STEP).append("}\n")
                    .append("WITH centre, seen").append(steps).append(", step AS step").append(hop).append("\n");
                steps += ", step" + hop;
                if (hop < hops) {
                    cypher.append("WITH centre, seen").append(steps).append(", reduce(next = [], o IN [row IN step")
                        .append(hop).append(" WHERE row.kind <> 'PART_OF' | row.from] | ")
                        .append("CASE WHEN o IN seen OR o IN next THEN next ELSE next + o END)[..$frontier] AS persons\n")
                        .append("WITH centre, seen + persons AS seen, persons").append(steps).append("\n");
                }
            }
            // Each node once, the connections by id: a node meets many connections, and its view crossing the
            // wire once per connection was most of the answer.
            return cypher.append("WITH centre, [").append(steps.substring(2)).append("] AS steps\n")
                .append(NODES_OF_STEPS)
                .append("RETURN ").append(GraphNode.CYPHER_VIEW.formatted("centre")).append(" AS centre, nodes, ")
                .append("[step IN steps | [row IN step | {kind: row.kind, from: ")
                .append(GraphNode.CYPHER_ID.formatted("row.from")).append(", to: ")
                .append(GraphNode.CYPHER_ID.formatted("row.to")).append("}]] AS steps").toString();
        }));

    /**
     * The variable-length bound cannot be a parameter, so there is one statement per allowed bound; the bound
     * is a number from this fixed range, never text from a request.
     */
    private static final Map<Integer, String> SHORTEST_PATH = IntStream.rangeClosed(1, MAX_PATH_HOPS).boxed()
        .collect(Collectors.toMap(Function.identity(), hops -> """
                MATCH (a:Person {id: $from})
                MATCH (b:Person {id: $to})
                MATCH path = shortestPath((a)-[:REFERS_TO|HAS_PARTY|AT_HOUSEHOLD|PART_OF|LINKED_TO*..%d]-(b))
                RETURN nodes(path) AS nodes, relationships(path) AS relationships
                """.formatted(hops)));

    private final Neo4jClient neo4j;

    GraphRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * A person, the connections each step out from them found (at most {@code limit} per step) and the nodes
     * those connections touch.
     */
    record Walk(GraphNode centre, Map<String, GraphNode> nodes, List<List<Connection>> steps) {
    }

    /**
     * The walk of {@code hops} steps (1 to {@link #MAX_NEIGHBOURHOOD_HOPS}) from a person, in one read: at most
     * {@code limit} connections a step, each step from at most {@code frontier} persons.
     */
    Optional<Walk> walk(String personId, int hops, int limit, int frontier) {
        return neo4j.query(NEIGHBOURHOOD.get(hops))
            .bindAll(Map.of("id", personId, "limit", limit, "frontier", frontier))
            .fetchAs(Walk.class)
            .mappedBy((types, record) -> new Walk(GraphNode.ofView(record.get("centre"), 0),
                    record.get("nodes").asList(view -> GraphNode.ofView(view, null)).stream()
                        .collect(Collectors.toMap(GraphNode::id, Function.identity())),
                    record.get("steps").asList(step -> step.asList(row -> new Connection(
                            GraphEdge.Kind.valueOf(row.get("kind").asString()), row.get("from").asString(),
                            row.get("to").asString())))))
            .one();
    }

    /** The shortest path of at most {@code maxHops} relationships (1 to {@link #MAX_PATH_HOPS}) between two persons. */
    Optional<Path> shortestPath(String fromPersonId, String toPersonId, int maxHops) {
        return neo4j.query(SHORTEST_PATH.get(maxHops))
            .bindAll(Map.of("from", fromPersonId, "to", toPersonId))
            .fetchAs(Path.class)
            .mappedBy((types, record) -> path(record.get("nodes").asList(Value::asNode),
                    record.get("relationships").asList(Value::asRelationship)))
            .one();
    }

    private static Path path(List<Node> nodes, List<Relationship> relationships) {
        List<GraphNode> graphNodes = nodes.stream().map(node -> GraphNode.of(node, null)).toList();
        List<Path.Step> steps = IntStream.range(0, relationships.size())
            .mapToObj(i -> {
                Relationship relationship = relationships.get(i);
                Value rule = relationship.containsKey("rule") ? relationship.get("rule") : relationship.get("reason");
                return new Path.Step(graphNodes.get(i), Path.Relation.valueOf(relationship.type()), rule.asString(null),
                        graphNodes.get(i + 1));
            })
            .toList();
        return new Path(relationships.size(), graphNodes, steps);
    }
}
