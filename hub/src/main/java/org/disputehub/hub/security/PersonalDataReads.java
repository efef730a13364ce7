package org.disputehub.hub.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import graphql.GraphQLContext;

/**
 * The personal fields one request (or one subscription event) revealed unmasked, and whose they were: what
 * its audit record names. Fields resolve concurrently, hence the locking.
 */
public final class PersonalDataReads {

    private final Set<String> fields = new TreeSet<>();
    private final Set<String> subjects = new TreeSet<>();

    static void record(GraphQLContext context, String field, String subject) {
        PersonalDataReads reads = context.get(PersonalDataReads.class);
        if (reads == null) {
            // Only a request through CallerInterceptor has a caller with roles; any other sees nothing in full.
            throw new IllegalStateException("Personal data revealed outside an audited request");
        }
        reads.add(field, subject);
    }

    synchronized void add(String field, String subject) {
        fields.add(field);
        subjects.add(subject);
    }

    /** What was revealed since the last drain, and forgets it (a subscription reports each event on its own). */
    synchronized Drained drain() {
        Drained drained = new Drained(List.copyOf(fields), List.copyOf(subjects));
        fields.clear();
        subjects.clear();
        return drained;
    }

    /** In alphabetical order. */
    record Drained(List<String> fields, List<String> subjects) {

        boolean isEmpty() {
            return fields.isEmpty();
        }
    }
}
