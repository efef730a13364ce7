package org.disputehub.hub.investigation;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
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
    Map<PersonProfile, List<DisputeView>> disputes(List<PersonProfile> parents, GraphQLContext context) {
        return Batches.lists(parents, PersonProfile::id, disputesOf(parents, context));
    }

    @BatchMapping(typeName = "PersonProfile")
    Map<PersonProfile, List<DisputeView>> warnings(List<PersonProfile> parents, GraphQLContext context) {
        Map<String, List<DisputeView>> warned = new java.util.HashMap<>();
        disputesOf(parents, context).forEach((id, all) -> warned.put(id,
                all.stream().filter(dispute -> dispute.hot() || dispute.warning() != null).toList()));
        return Batches.lists(parents, PersonProfile::id, warned);
    }

    /** The same persons' disputes serve both {@code disputes} and {@code warnings}: one read per request. */
    private Map<String, List<DisputeView>> disputesOf(List<PersonProfile> parents, GraphQLContext context) {
        return context.computeIfAbsent(new DisputesOfPersons(ids(parents)),
                key -> disputes.disputesOfPersons(((DisputesOfPersons) key).ids()));
    }

    private record DisputesOfPersons(List<String> ids) {
    }

    private static List<String> ids(List<PersonProfile> parents) {
        return parents.stream().map(PersonProfile::id).toList();
    }
}
