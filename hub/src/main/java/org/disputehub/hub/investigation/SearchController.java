package org.disputehub.hub.investigation;

import java.util.List;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.graphql.InvalidRequestException;
import org.disputehub.hub.graphql.Pages;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    /** Longer text is not a search but a pasted document; it would only slow the index down. */
    static final int MAX_QUERY_LENGTH = 200;

    private final SearchRepository search;

    SearchController(SearchRepository search) {
        this.search = search;
    }

    @QueryMapping
    Window<PersonMatch> searchPersons(@Argument String query, ScrollSubrange subrange) {
        PersonQuery parsed = PersonQuery.parse(checked(query));
        int size = Pages.size(subrange);
        return Pages.window(search.persons(parsed, Pages.after(subrange), size + 1), size, PersonMatch::sortKey);
    }

    /** Most relevant first; a cursor is a place in that order. */
    @QueryMapping
    Window<CaseHit> searchCases(@Argument String query, ScrollSubrange subrange) {
        String lucene = LuceneText.escape(checked(query).strip());
        int size = Pages.size(subrange);
        int skip = place(Pages.after(subrange));
        List<CaseHit> fetched = search.cases(lucene, skip, size + 1);
        return Pages.window(fetched, size, hit -> String.valueOf(hit.rank()));
    }

    @SchemaMapping(typeName = "CaseHit", field = "case")
    CaseView hitCase(CaseHit hit) {
        return hit.caseView();
    }

    private static String checked(String query) {
        if (query.isBlank()) {
            throw new InvalidRequestException("query is empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        return query;
    }

    private static int place(String after) {
        if (after == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(after));
        }
        catch (NumberFormatException notOurs) {
            throw new InvalidRequestException("after is not a cursor of searchCases");
        }
    }
}
