package org.disputehub.hub.disputes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.cases.PartyView;
import org.disputehub.hub.graphql.Batches;
import org.disputehub.hub.graphql.Pages;
import org.disputehub.hub.warnings.WarningProperties;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class DisputeController {

    private final DisputeRepository disputes;
    private final WarningProperties warnings;

    DisputeController(DisputeRepository disputes, WarningProperties warnings) {
        this.disputes = disputes;
        this.warnings = warnings;
    }

    /** Disputes with a warning or hot, most severe first, in an area (or below it), at a level. */
    @QueryMapping
    Window<DisputeView> warnings(@Argument String areaCode, @Argument String level, @Argument Boolean hot,
            ScrollSubrange subrange) {
        int size = Pages.size(subrange);
        List<DisputeView> fetched = disputes.warned(areaCode, level, hot, warnings.levels(), Pages.after(subrange),
                size + 1);
        return Pages.window(fetched, size, dispute -> sortKey(dispute));
    }

    private String sortKey(DisputeView dispute) {
        int rank = dispute.warning() == null ? -1 : warnings.levels().indexOf(dispute.warning().level());
        return (100 + (rank < 0 ? 99 : rank)) + "|" + dispute.id();
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
