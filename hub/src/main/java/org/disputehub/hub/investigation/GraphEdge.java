package org.disputehub.hub.investigation;

/** A connecting edge of a graph view, from a person to a case or household, or from a case to its dispute. */
record GraphEdge(String from, String to, Kind kind) {

    enum Kind { PARTY_TO, MEMBER_OF, PART_OF }
}
