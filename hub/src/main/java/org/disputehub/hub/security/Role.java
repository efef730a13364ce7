package org.disputehub.hub.security;

import java.util.Arrays;
import java.util.Optional;

/** What a token's {@code roles} claim may grant; each maps to the Spring authority {@code ROLE_<claim>}. */
public enum Role {
    /** Aggregates only: figures, series, warnings and the ledger, with names masked. */
    DASHBOARD,
    /** Personal data in full, for a purpose stated on each request. */
    INVESTIGATOR,
    /** An agency under a data-sharing agreement: the root fields and unmasked fields it names. */
    PARTNER,
    /** Operations: everything, and the audit log. */
    ADMIN;

    public String claim() {
        return name().toLowerCase();
    }

    public String authority() {
        return "ROLE_" + claim();
    }

    public static Optional<Role> ofAuthority(String authority) {
        return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
    }
}
