package org.disputehub.hub.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The persisted queries of each partner agency: the documents its agreement registers, by SHA-256 of their
 * text, read once at start-up. A partner runs these and nothing else, so the fields it receives are exactly
 * the agreement's.
 */
@Component
public class PartnerDocuments {

    private final Map<String, Set<String>> hashesByAgency = new HashMap<>();

    PartnerDocuments(SecurityProperties properties) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        properties.partners().forEach((agency, agreement) -> {
            Set<String> hashes = new HashSet<>();
            for (String pattern : agreement.documents()) {
                try {
                    for (Resource document : resolver.getResources(pattern)) {
                        hashes.add(CallerInterceptor.sha256(document.getContentAsString(StandardCharsets.UTF_8)));
                    }
                }
                catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the documents of agency " + agency + ": " + pattern, e);
                }
            }
            hashesByAgency.put(agency, Set.copyOf(hashes));
        });
    }

    /** Whether {@code caller}, when it is only a partner, may send this document. */
    boolean allows(Caller caller, String document) {
        if (!caller.roles().equals(Set.of(Role.PARTNER))) {
            return true;
        }
        return caller.agency() != null && hashesByAgency.getOrDefault(caller.agency(), Set.of())
            .contains(CallerInterceptor.sha256(document));
    }
}
