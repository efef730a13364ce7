package org.disputehub.hub.areas;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.disputes.DisputeView;
import org.disputehub.hub.graphql.Batches;
import org.disputehub.hub.people.HouseholdView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Areas, and the {@code area} field of every type that has one. */
@Controller
class AreaController {

    private final AreaRepository areas;

    AreaController(AreaRepository areas) {
        this.areas = areas;
    }

    @QueryMapping
    AreaView area(@Argument String code) {
        return areas.area(code).orElse(null);
    }

    @BatchMapping(typeName = "Area")
    Map<AreaView, AreaView> parent(List<AreaView> children) {
        return Batches.singles(children, AreaView::code, areas.parents(codes(children, AreaView::code)));
    }

    @BatchMapping(typeName = "Area")
    Map<AreaView, List<AreaView>> children(List<AreaView> parents) {
        return Batches.lists(parents, AreaView::code, areas.children(codes(parents, AreaView::code)));
    }

    @BatchMapping(typeName = "Case", field = "area")
    Map<CaseView, AreaView> caseArea(List<CaseView> cases) {
        return Batches.singles(cases, CaseView::id, areas.areasOfCases(codes(cases, CaseView::id)));
    }

    @BatchMapping(typeName = "Household", field = "area")
    Map<HouseholdView, AreaView> householdArea(
            List<HouseholdView> households) {
        var ids = codes(households, HouseholdView::id);
        return Batches.singles(households, HouseholdView::id, areas.areasOfHouseholds(ids));
    }

    @BatchMapping(typeName = "Dispute", field = "area")
    Map<DisputeView, AreaView> disputeArea(
            List<DisputeView> disputes) {
        var ids = codes(disputes, DisputeView::id);
        return Batches.singles(disputes, DisputeView::id, areas.areasOfDisputes(ids));
    }

    private static <T> List<String> codes(List<T> items, Function<T, String> key) {
        return items.stream().map(key).toList();
    }
}
