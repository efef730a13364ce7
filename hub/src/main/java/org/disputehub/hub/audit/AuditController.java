package org.disputehub.hub.audit;

import org.disputehub.hub.graphql.Pages;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** {@code auditLog}: admins only, which the root field rules enforce (RootFieldAccess). */
@Controller
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @QueryMapping
    Window<AuditRecord> auditLog(ScrollSubrange subrange) {
        int size = Pages.size(subrange);
        return Pages.window(log.page(Pages.after(subrange), size + 1), size, AuditRecord::sortKey);
    }
}
