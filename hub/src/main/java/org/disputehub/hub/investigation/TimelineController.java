package org.disputehub.hub.investigation;

import java.util.List;

import org.disputehub.hub.cases.CaseOrder;
import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.graphql.InvalidRequestException;
import org.disputehub.hub.graphql.Pages;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class TimelineController {

    private final TimelineRepository timelines;

    TimelineController(TimelineRepository timelines) {
        this.timelines = timelines;
    }

    /** Oldest report first, across channels; exactly one of the two ids. */
    @QueryMapping
    Window<CaseView> timeline(@Argument String personId, @Argument String householdId, ScrollSubrange subrange) {
        if ((personId == null) == (householdId == null)) {
            throw new InvalidRequestException("give exactly one of personId and householdId");
        }
        int size = Pages.size(subrange);
        String after = Pages.after(subrange);
        List<CaseView> fetched = personId != null ? timelines.ofPerson(personId, after, size + 1)
                : timelines.ofHousehold(householdId, after, size + 1);
        return Pages.window(fetched, size, CaseOrder.OLDEST_REPORTED::keyOf);
    }
}
