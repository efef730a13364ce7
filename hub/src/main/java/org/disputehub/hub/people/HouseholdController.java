package org.disputehub.hub.people;

import java.util.List;
import java.util.Map;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.cases.PartyView;
import org.disputehub.hub.graphql.Batches;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class HouseholdController {

    private final PeopleRepository people;

    HouseholdController(PeopleRepository people) {
        this.people = people;
    }

    @QueryMapping
    HouseholdView household(@Argument String id) {
        return people.household(id).orElse(null);
    }

    @BatchMapping(typeName = "Household")
    Map<HouseholdView, List<PersonView>> members(List<HouseholdView> households) {
        return Batches.lists(households, HouseholdView::id, people.membersOfHouseholds(ids(households)));
    }

    @BatchMapping(typeName = "Household")
    Map<HouseholdView, List<PartyView>> parties(List<HouseholdView> households) {
        return Batches.lists(households, HouseholdView::id, people.partiesOfHouseholds(ids(households)));
    }

    @BatchMapping(typeName = "Household")
    Map<HouseholdView, List<CaseView>> cases(List<HouseholdView> households) {
        return Batches.lists(households, HouseholdView::id, people.casesOfHouseholds(ids(households)));
    }

    private static List<String> ids(List<HouseholdView> households) {
        return households.stream().map(HouseholdView::id).toList();
    }
}
