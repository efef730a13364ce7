package org.disputehub.hub.investigation;

import java.util.List;

record Neighbourhood(GraphNode centre, int hops, List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated,
        int maxNodes) {
}
