package org.disputehub.hub.cases;

import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.Source;
import org.disputehub.hub.graphql.Batches;
import org.disputehub.hub.graphql.Pages;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class CaseController {

    private final CaseRepository cases;

    CaseController(CaseRepository cases) {
        this.cases = cases;
    }

    @QueryMapping("case")
    CaseView findCase(@Argument Source source, @Argument String sourceId) {
        return cases.findByKey(source + ":" + sourceId).orElse(null);
    }

    @QueryMapping("cases")
    Window<CaseView> findCases(@Argument CaseFilter filter, @Argument CaseOrder orderBy, ScrollSubrange subrange) {
        int size = Pages.size(subrange);
        CaseOrder order = orderBy == null ? CaseOrder.NEWEST_REPORTED : orderBy;
        return Pages.window(cases.find(filter, order, Pages.after(subrange), size + 1), size, order::keyOf);
    }

    @BatchMapping(typeName = "Case")
    Map<CaseView, List<PartyView>> parties(List<CaseView> parents) {
        return Batches.lists(parents, CaseView::id, cases.parties(keys(parents)));
    }

    @BatchMapping(typeName = "Case")
    Map<CaseView, List<CaseLinkView>> links(List<CaseView> parents) {
        return Batches.lists(parents, CaseView::id, cases.links(keys(parents)));
    }

    @BatchMapping(typeName = "Case")
    Map<CaseView, List<CaseView>> linkedCases(List<CaseView> parents) {
        Map<String, List<CaseView>> linked = new java.util.HashMap<>();
        cases.links(keys(parents)).forEach((key, links) -> linked.put(key,
                links.stream().map(CaseLinkView::linked).distinct().toList()));
        return Batches.lists(parents, CaseView::id, linked);
    }

    private static List<String> keys(List<CaseView> parents) {
        return parents.stream().map(CaseView::id).toList();
    }
}
