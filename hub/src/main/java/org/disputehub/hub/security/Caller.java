package org.disputehub.hub.security;

import java.util.EnumSet;
import java.util.Set;

import graphql.GraphQLContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is asking: the token's subject, its roles, the purpose stated on the request and, for partners, the
 * agency. A request without one (no token reached the API) has no roles and sees no personal data.
 */
public record Caller(String subject, Set<Role> roles, String purpose, String agency) {

    /** Where {@link CallerFilter} leaves the caller of an HTTP request. */
    static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public static final Caller NOBODY = new Caller(null, Set.of(), null, null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static Caller of(Authentication authentication, String purpose, String agencyClaim) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return NOBODY;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getAuthorities()
            .forEach(authority -> Role.ofAuthority(authority.getAuthority()).ifPresent(roles::add));
        String agency = authentication instanceof JwtAuthenticationToken jwt
                ? jwt.getToken().getClaimAsString(agencyClaim) : null;
        return new Caller(authentication.getName(), roles, purpose, agency);
    }

    /** The caller of the GraphQL request being executed. */
    public static Caller of(GraphQLContext context) {
        return context.getOrDefault(Caller.class, NOBODY);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Investigators see personal data for a case, so they say which; admins answer for operations. */
    boolean needsPurpose() {
        return has(Role.INVESTIGATOR) && !has(Role.ADMIN);
    }
}
