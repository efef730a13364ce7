package org.disputehub.hub.investigation;

import java.util.List;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.people.PersonView;

record CoParty(PersonView person, List<CaseView> sharedCases) {
}
