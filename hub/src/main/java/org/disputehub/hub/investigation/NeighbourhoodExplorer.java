package org.disputehub.hub.investigation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.disputehub.hub.graphql.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Walks out from a person up to three person-to-person steps (one read for all of them) and keeps the nodes in
 * the order they were reached until the configured maximum.
 */
@Component
class NeighbourhoodExplorer {

    static final int MAX_HOPS = GraphRepository.MAX_NEIGHBOURHOOD_HOPS;
    /** Rows one step may read per node the view may hold: a cap on work, not on the answer. */
    private static final int ROWS_PER_NODE = 10;

    private final GraphRepository graph;
    private final int maxNodes;

    NeighbourhoodExplorer(GraphRepository graph, InvestigationProperties properties) {
        this.graph = graph;
        this.maxNodes = properties.neighbourhoodMaxNodes();
    }

    Optional<Neighbourhood> explore(String personId, int hops) {
        if (hops < 1 || hops > MAX_HOPS) {
            throw new InvalidRequestException("hops must be between 1 and " + MAX_HOPS + ", was " + hops);
        }
        int limit = (maxNodes + 1) * ROWS_PER_NODE;
        return graph.walk(personId, hops, limit, maxNodes).map(walk -> {
            View view = new View(walk.centre(), walk.nodes());
            for (int hop = 1; hop <= walk.steps().size(); hop++) {
                List<GraphRepository.Connection> found = walk.steps().get(hop - 1);
                if (found.size() >= limit) {
                    view.truncated = true;
                }
                view.add(found, hop);
            }
            return new Neighbourhood(view.centre, hops, List.copyOf(view.nodes.values()), List.copyOf(view.edges),
                    view.truncated, maxNodes);
        });
    }

    private final class View {

        final GraphNode centre;
        /** Every node the walk touched, by id, without the hop it was reached at. */
        final Map<String, GraphNode> touched;
        final Map<String, GraphNode> nodes = new LinkedHashMap<>();
        final Set<GraphEdge> edges = new LinkedHashSet<>();
        boolean truncated;

        View(GraphNode centre, Map<String, GraphNode> touched) {
            this.centre = centre;
            this.touched = touched;
            nodes.put(centre.id(), centre);
        }

        /**
         * Adds the connections that touch the view, repeatedly, so that every node added hangs on one already
         * there (person → case → dispute → other case → person).
         */
        void add(List<GraphRepository.Connection> connections, int hop) {
            List<GraphRepository.Connection> pending = new ArrayList<>(connections);
            boolean progress = true;
            while (progress) {
                progress = false;
                for (Iterator<GraphRepository.Connection> it = pending.iterator(); it.hasNext();) {
                    GraphRepository.Connection connection = it.next();
                    boolean hasFrom = nodes.containsKey(connection.from());
                    boolean hasTo = nodes.containsKey(connection.to());
                    if (!hasFrom && !hasTo) {
                        continue;
                    }
                    it.remove();
                    progress = true;
                    if (!(hasFrom && hasTo)) {
                        if (nodes.size() >= maxNodes) {
                            truncated = true;
                            continue;
                        }
                        String added = hasFrom ? connection.to() : connection.from();
                        nodes.put(added, touched.get(added).reachedAt(hop));
                    }
                    edges.add(new GraphEdge(connection.from(), connection.to(), connection.kind()));
                }
            }
        }
    }
}
