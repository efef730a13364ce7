package org.disputehub.hub.changes;

import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.Source;
import org.disputehub.hub.cases.CaseRepository;
import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.disputes.DisputeRepository;
import org.disputehub.hub.disputes.DisputeView;
import org.disputehub.hub.graphql.Batches;
import org.disputehub.hub.graphql.Pages;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ChangeController {

    private final ChangeRepository changes;
    private final CaseRepository cases;
    private final DisputeRepository disputes;

    ChangeController(ChangeRepository changes, CaseRepository cases, DisputeRepository disputes) {
        this.changes = changes;
        this.cases = cases;
        this.disputes = disputes;
    }

    @QueryMapping
    ChangeFeed changes(@Argument String since, @Argument List<Source> sources, @Argument Integer first) {
        int size = Pages.size(first);
        ChangeCursor from = ChangeCursor.parse(since);
        List<ChangeView> fetched = changes.after(from, sources == null || sources.isEmpty() ? null
                : sources.stream().map(Enum::name).toList(), size + 1);
        boolean hasMore = fetched.size() > size;
        List<ChangeView> page = hasMore ? fetched.subList(0, size) : fetched;
        String cursor = page.isEmpty() ? from.value() : page.get(page.size() - 1).cursor();
        return new ChangeFeed(page, cursor, hasMore);
    }

    @BatchMapping(typeName = "Change", field = "case")
    Map<ChangeView, CaseView> caseOf(List<ChangeView> parents) {
        List<String> keys = parents.stream().filter(change -> change.kind() == ChangeView.ChangeKind.CASE)
            .map(ChangeView::key).toList();
        return Batches.singles(parents, ChangeView::key, cases.findByKeys(keys));
    }

    @BatchMapping(typeName = "Change")
    Map<ChangeView, DisputeView> dispute(List<ChangeView> parents) {
        List<String> ids = parents.stream().filter(change -> change.kind() == ChangeView.ChangeKind.DISPUTE)
            .map(ChangeView::key).toList();
        return Batches.singles(parents, ChangeView::key, disputes.byIds(ids));
    }
}
