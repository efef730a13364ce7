package org.disputehub.hub.investigation;

import org.disputehub.hub.cases.CaseView;

/** A case found by full-text search; {@code rank} is its 1-based place in the results, its cursor. */
record CaseHit(CaseView caseView, double score, int rank) {

    CaseHit at(int place) {
        return new CaseHit(caseView, score, place);
    }
}
