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
            View view = new View(GraphNode.ofView(walk.centre(), 0));
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

    private record Link(GraphNode from, GraphNode to, GraphEdge.Kind kind) {
    }

    private final class View {

        final GraphNode centre;
        final Map<String, GraphNode> nodes = new LinkedHashMap<>();
        final Set<GraphEdge> edges = new LinkedHashSet<>();
        boolean truncated;

        View(GraphNode centre) {
            this.centre = centre;
            nodes.put(centre.id(), centre);
        }

        /**
         * Adds the connections that touch the view, repeatedly, so that every node added hangs on one already
         * there (person → case → dispute → other case → person).
         */
        void add(List<GraphRepository.Connection> connections, int hop) {
            // Read each end once: a connection may be looked at on several passes.
            List<Link> pending = new ArrayList<>(connections.size());
            connections.forEach(connection -> pending.add(new Link(GraphNode.ofView(connection.from(), hop),
                    GraphNode.ofView(connection.to(), hop), connection.kind())));
            boolean progress = true;
            while (progress) {
                progress = false;
                for (Iterator<Link> it = pending.iterator(); it.hasNext();) {
                    Link link = it.next();
                    GraphNode from = link.from();
                    GraphNode to = link.to();
                    boolean hasFrom = nodes.containsKey(from.id());
                    boolean hasTo = nodes.containsKey(to.id());
                    if (!hasFrom && !hasTo) {
                        continue;
                    }
                    it.remove();
                    progress = true;
                    GraphNode added = hasFrom ? to : from;
                    if (!(hasFrom && hasTo)) {
                        if (nodes.size() >= maxNodes) {
                            truncated = true;
                            continue;
                        }
                        nodes.put(added.id(), added);
                    }
                    edges.add(new GraphEdge(from.id(), to.id(), link.kind()));
                }
            }
        }
    }
}
