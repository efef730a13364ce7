package org.disputehub.hub.investigation;

import org.disputehub.hub.graphql.InvalidRequestException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Graph views of who is connected to whom. */
@Controller
class GraphController {

    private static final int DEFAULT_HOPS = 2;
    private static final int DEFAULT_PATH_HOPS = 6;

    private final NeighbourhoodExplorer explorer;
    private final GraphRepository graph;

    GraphController(NeighbourhoodExplorer explorer, GraphRepository graph) {
        this.explorer = explorer;
        this.graph = graph;
    }

    @QueryMapping
    Neighbourhood neighbourhood(@Argument String personId, @Argument Integer hops) {
        return explorer.explore(personId, hops == null ? DEFAULT_HOPS : hops).orElse(null);
    }

    @QueryMapping
    Path path(@Argument String fromPersonId, @Argument String toPersonId, @Argument Integer maxHops) {
        int bound = maxHops == null ? DEFAULT_PATH_HOPS : maxHops;
        if (bound < 1 || bound > GraphRepository.MAX_PATH_HOPS) {
            throw new InvalidRequestException("maxHops must be between 1 and " + GraphRepository.MAX_PATH_HOPS + ", was "
                    + bound);
        }
        if (fromPersonId.equals(toPersonId)) {
            throw new InvalidRequestException("fromPersonId and toPersonId are the same person");
        }
        return graph.shortestPath(fromPersonId, toPersonId, bound).orElse(null);
    }
}
