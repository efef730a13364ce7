package org.disputehub.hub.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After the token is verified: refuses an investigator's request that states no purpose, and leaves the
 * {@link Caller} on the request for the GraphQL layer.
 */
final class CallerFilter extends OncePerRequestFilter {

    /** e.g. a case number: JQ20260315001 */
    static final String PURPOSE_HEADER = "X-Purpose";

    static final int MAX_PURPOSE_LENGTH = 100;

    private final String agencyClaim;

    CallerFilter(String agencyClaim) {
        this.agencyClaim = agencyClaim;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String purpose = purpose(request.getHeader(PURPOSE_HEADER));
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(), purpose, agencyClaim);
        if (caller.needsPurpose() && purpose == null) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"status\":403,\"detail\":\"Investigators state the purpose of each request "
                    + "in the " + PURPOSE_HEADER + " header (e.g. a case number), in at most " + MAX_PURPOSE_LENGTH
                    + " printable characters\"}");
            return;
        }
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller);
        chain.doFilter(request, response);
    }

    /** Null when absent or unfit for the audit log (blank, too long, control characters). */
    static String purpose(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_PURPOSE_LENGTH
                || header.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return header.strip();
    }
}
