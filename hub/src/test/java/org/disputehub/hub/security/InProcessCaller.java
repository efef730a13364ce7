package org.disputehub.hub.security;

import java.util.Map;
import java.util.Set;

/**
 * The GraphQL context a request through the HTTP interceptor would carry, for in-process execution in
 * benchmarks: who asks, with which roles and purpose, and where reads of personal data are noted. The audit
 * record written after an HTTP response is not part of it.
 */
public final class InProcessCaller {

    private InProcessCaller() {
    }

    public static Map<Object, Object> context(String subject, Role role, String purpose) {
        return Map.of(Caller.class, new Caller(subject, Set.of(role), purpose, null), PersonalDataReads.class,
                new PersonalDataReads());
    }
}
