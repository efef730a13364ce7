package org.disputehub.hub.investigation;

import java.util.List;
import java.util.Map;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.disputes.DisputeRepository;
import org.disputehub.hub.disputes.DisputeView;
import org.disputehub.hub.graphql.Batches;
import org.disputehub.hub.people.PeopleRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Person 360°: one request, one database read per list field whatever the number of profiles or cases. */
@Controller
class ProfileController {

    private final PeopleRepository people;
    private final DisputeRepository disputes;
    private final ProfileRepository profiles;

    ProfileController(PeopleRepository people, DisputeRepository disputes, ProfileRepository profiles) {
        this.people = people;
        this.disputes = disputes;
        this.profiles = profiles;
    }

    @QueryMapping
    PersonProfile personProfile(@Argument String id) {
        return people.person(id).map(PersonProfile::of).orElse(null);
    }

    @BatchMapping(typeName = "PersonProfile")
    Map<PersonProfile, List<CaseView>> cases(List<PersonProfile> parents) {
        return Batches.lists(parents, PersonProfile::id, people.casesOfPersons(ids(parents)));
    }

    @BatchMapping(typeName = "PersonProfile")
    Map<PersonProfile, List<CoParty>> coParties(List<PersonProfile> parents) {
        return Batches.lists(parents, PersonProfile::id, profiles.coPartiesOfPersons(ids(parents)));
    }

    @BatchMapping(typeName = "PersonProfile")
    Map<PersonProfile, List<HouseholdTie>> households(List<PersonProfile> parents) {
        return Batches.lists(parents, PersonProfile::id, profiles.householdsOfPersons(ids(parents)));
    }

    @BatchMapping(typeName = "PersonProfile")
    Map<PersonProfile, List<DisputeView>> disputes(List<PersonProfile> parents) {
        return Batches.lists(parents, PersonProfile::id, disputes.disputesOfPersons(ids(parents)));
    }

    @BatchMapping(typeName = "PersonProfile")
    Map<PersonProfile, List<DisputeView>> warnings(List<PersonProfile> parents) {
        Map<String, List<DisputeView>> warned = new java.util.HashMap<>();
        disputes.disputesOfPersons(ids(parents)).forEach((id, all) -> warned.put(id,
                all.stream().filter(dispute -> dispute.hot() || dispute.warning() != null).toList()));
        return Batches.lists(parents, PersonProfile::id, warned);
    }

    private static List<String> ids(List<PersonProfile> parents) {
        return parents.stream().map(PersonProfile::id).toList();
    }
}
