package org.disputehub.hub.disputes;

import java.util.HashMap;
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
class DisputeController {

    private final DisputeRepository disputes;

    DisputeController(DisputeRepository disputes) {
        this.disputes = disputes;
    }

    @QueryMapping
    DisputeView dispute(@Argument String id) {
        return disputes.dispute(id).orElse(null);
    }

    @BatchMapping(typeName = "Case")
    Map<CaseView, DisputeView> dispute(List<CaseView> cases) {
        Map<String, DisputeView> first = new HashMap<>();
        disputes.disputesOfCases(cases.stream().map(CaseView::id).toList())
            .forEach((key, found) -> first.put(key, found.get(0)));
        return Batches.singles(cases, CaseView::id, first);
    }

    @BatchMapping(typeName = "Dispute")
    Map<DisputeView, List<CaseView>> cases(List<DisputeView> parents) {
        return Batches.lists(parents, DisputeView::id, disputes.casesOfDisputes(ids(parents)));
    }

    @BatchMapping(typeName = "Dispute")
    Map<DisputeView, List<PartyView>> parties(List<DisputeView> parents) {
        return Batches.lists(parents, DisputeView::id, disputes.partiesOfDisputes(ids(parents)));
    }

    private static List<String> ids(List<DisputeView> parents) {
        return parents.stream().map(DisputeView::id).toList();
    }
}
