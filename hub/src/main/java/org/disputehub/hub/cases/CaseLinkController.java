package org.disputehub.hub.cases;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code CaseLink.case}: the other case is already loaded with the link. */
@Controller
class CaseLinkController {

    @SchemaMapping(typeName = "CaseLink", field = "case")
    CaseView linkedCase(CaseLinkView link) {
        return link.linked();
    }
}
