package org.disputehub.hub.security;

/** What a personal field holds, which decides how it is masked; the schema's {@code @personal(kind:)}. */
public enum PersonalKind {
    NAME,
    ID_NUMBER,
    PHONE,
    ADDRESS,
    /** A name, phone or ID number, as a search matched it; masked by its shape. */
    NAME_PHONE_OR_ID,
    /** Free text that may name people (case content, raw records, graph labels): shown in full or not at all. */
    FREE_TEXT
}
