package org.disputehub.hub.security;

import java.util.Set;

import org.springframework.stereotype.Component;

/** Which root fields (queries and subscriptions) each role may ask; checked before the field is resolved. */
@Component
public class RootFieldAccess {

    /** Aggregates and warnings; {@code area} is the area tree, which names places, not people. */
    static final Set<String> DASHBOARD = Set.of("stats", "timeSeries", "warnings", "ingestStatus", "area",
            "warningRaised");

    /** The operations view: who looked at personal data. */
    static final Set<String> ADMIN_ONLY = Set.of("auditLog");

    private final SecurityProperties properties;

    RootFieldAccess(SecurityProperties properties) {
        this.properties = properties;
    }

    public boolean allows(Caller caller, String rootField) {
        return caller.roles().stream().anyMatch(role -> allows(role, caller.agency(), rootField));
    }

    private boolean allows(Role role, String agency, String rootField) {
        return switch (role) {
            case ADMIN -> true;
            case INVESTIGATOR -> !ADMIN_ONLY.contains(rootField);
            case DASHBOARD -> DASHBOARD.contains(rootField);
            case PARTNER -> agency != null && properties.partners().containsKey(agency)
                    && properties.partners().get(agency).queries().contains(rootField);
        };
    }
}
