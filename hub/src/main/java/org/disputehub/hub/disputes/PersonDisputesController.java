package org.disputehub.hub.disputes;

import java.util.List;
import java.util.Map;

import org.disputehub.hub.graphql.Batches;
import org.disputehub.hub.people.PersonView;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code Person.disputes}: the disputes of every case the person is a party to. */
@Controller
class PersonDisputesController {

    private final DisputeRepository disputes;

    PersonDisputesController(DisputeRepository disputes) {
        this.disputes = disputes;
    }

    @BatchMapping(typeName = "Person")
    Map<PersonView, List<DisputeView>> disputes(List<PersonView> persons) {
        return Batches.lists(persons, PersonView::id, disputes.disputesOfPersons(persons.stream().map(PersonView::id)
            .toList()));
    }
}
