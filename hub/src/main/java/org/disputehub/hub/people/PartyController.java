package org.disputehub.hub.people;

import java.util.List;
import java.util.Map;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.cases.PartyView;
import org.disputehub.hub.graphql.Batches;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** What a party mention was linked to. */
@Controller
class PartyController {

    private final PeopleRepository people;

    PartyController(PeopleRepository people) {
        this.people = people;
    }

    @BatchMapping(typeName = "Party")
    Map<PartyView, PersonView> person(List<PartyView> parties) {
        return Batches.singles(parties, PartyView::key, people.personOfMentions(keys(parties)));
    }

    @BatchMapping(typeName = "Party")
    Map<PartyView, LinkEvidence> personLink(List<PartyView> parties) {
        return Batches.singles(parties, PartyView::key, people.evidenceOfMentions(keys(parties)));
    }

    @BatchMapping(typeName = "Party")
    Map<PartyView, HouseholdView> household(List<PartyView> parties) {
        return Batches.singles(parties, PartyView::key, people.householdOfMentions(keys(parties)));
    }

    @BatchMapping(typeName = "Party", field = "case")
    Map<PartyView, CaseView> partyCase(List<PartyView> parties) {
        return Batches.singles(parties, PartyView::key, people.caseOfMentions(keys(parties)));
    }

    private static List<String> keys(List<PartyView> parties) {
        return parties.stream().map(PartyView::key).toList();
    }
}
