package org.disputehub.hub.security;

import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.security.access.AccessDeniedException;

/** Wraps a root field's data fetcher: a role that may not ask for it gets FORBIDDEN before anything is read. */
record RootFieldGuard(DataFetcher<?> delegate, String field, RootFieldAccess access) implements DataFetcher<Object> {

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Caller caller = Caller.of(environment.getGraphQlContext());
        if (!access.allows(caller, field)) {
            String roles = caller.roles().isEmpty() ? "no role"
                    : caller.roles().stream().map(Role::claim).collect(Collectors.joining(", ", "role ", ""));
            throw new AccessDeniedException("A token with " + roles + " may not ask for " + field);
        }
        return delegate.get(environment);
    }
}
