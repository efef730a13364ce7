package org.disputehub.hub.investigation;

import java.util.List;

import org.disputehub.hub.people.PersonView;

/** A person found by a search, why, and the values as written; {@code sortKey} is its place in the results. */
record PersonMatch(PersonView person, MatchedBy matchedBy, List<String> matched, String sortKey) {

    enum MatchedBy { NAME, HOMOPHONE, PHONE, ID_NUMBER, MISTYPED_ID_NUMBER }
}
