package org.disputehub.hub.security;

/** How much of a personal field a caller sees; declared from least to most revealing. */
public enum Access {
    /** null (an empty list for a list that cannot be null), without an error: the rest of the answer stands. */
    DENIED,
    MASKED,
    FULL;

    Access orMoreRevealing(Access other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
