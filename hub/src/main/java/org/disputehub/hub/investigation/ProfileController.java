package org.disputehub.hub.investigation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import org.dataloader.DataLoader;
import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.disputes.DisputeView;
import org.disputehub.hub.graphql.SelectedFields;
import org.disputehub.hub.investigation.ProfileRepository.Part;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Person 360°: the person and every list the request selects in one database read; the lists' own children
 * (a case's dispute, say) are batch-loaded like anywhere else.
 */
@Controller
class ProfileController {

    private final ProfileRepository profiles;

    ProfileController(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** Spring for GraphQL names a batch mapping's loader by its field coordinates. */
    private static final String CASE_DISPUTE_LOADER = FieldCoordinates.coordinates("Case", "dispute").toString();

    @QueryMapping
    PersonProfile personProfile(@Argument String id, DataFetchingEnvironment environment) {
        PersonProfile profile = profiles.profile(id, selected(SelectedFields.of(environment))).orElse(null);
        DataLoader<CaseView, DisputeView> caseDispute = environment.getDataLoader(CASE_DISPUTE_LOADER);
        if (profile != null && profile.cases() != null && profile.disputes() != null && caseDispute != null) {
            // The read already holds each case's dispute: the batch loader of Case.dispute need not read again.
            Map<String, DisputeView> byId = new HashMap<>();
            profile.disputes().forEach(dispute -> byId.put(dispute.id(), dispute));
            profile.cases().forEach(view -> caseDispute.prime(view, byId.get(profile.disputeOfCase().get(view))));
        }
        return profile;
    }

    /** The person's disputes that have a warning or are hot, from the disputes the same read brought. */
    @SchemaMapping(typeName = "PersonProfile")
    List<DisputeView> warnings(PersonProfile profile) {
        return profile.disputes().stream().filter(dispute -> dispute.hot() || dispute.warning() != null).toList();
    }

    private static Set<Part> selected(SelectedFields selection) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        if (selection.contains("cases")) {
            parts.add(Part.CASES);
        }
        if (selection.contains("coParties")) {
            parts.add(Part.CO_PARTIES);
        }
        if (selection.contains("households")) {
            parts.add(Part.HOUSEHOLDS);
        }
        if (selection.contains("disputes") || selection.contains("warnings") || selection.under("cases").contains("dispute")) {
            parts.add(Part.DISPUTES);
        }
        return parts;
    }
}
