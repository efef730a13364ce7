package org.disputehub.hub.investigation;

import java.util.List;

record Path(int length, List<GraphNode> nodes, List<Step> steps) {

    /** The relationship types a path may use: those that tie people to cases, households and disputes. */
    enum Relation { REFERS_TO, HAS_PARTY, AT_HOUSEHOLD, PART_OF, LINKED_TO }

    record Step(GraphNode from, Relation relation, String rule, GraphNode to) {
    }
}
