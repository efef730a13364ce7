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
class PersonController {

    private final PeopleRepository people;

    PersonController(PeopleRepository people) {
        this.people = people;
    }

    @QueryMapping
    PersonView person(@Argument String id) {
        return people.person(id).orElse(null);
    }

    @BatchMapping(typeName = "Person")
    Map<PersonView, List<PartyView>> parties(List<PersonView> persons) {
        return Batches.lists(persons, PersonView::id, people.partiesOfPersons(ids(persons)));
    }

    @BatchMapping(typeName = "Person")
    Map<PersonView, List<CaseView>> cases(List<PersonView> persons) {
        return Batches.lists(persons, PersonView::id, people.casesOfPersons(ids(persons)));
    }

    @BatchMapping(typeName = "Person")
    Map<PersonView, List<HouseholdView>> households(List<PersonView> persons) {
        return Batches.lists(persons, PersonView::id, people.householdsOfPersons(ids(persons)));
    }

    private static List<String> ids(List<PersonView> persons) {
        return persons.stream().map(PersonView::id).toList();
    }
}
