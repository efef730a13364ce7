package org.disputehub.connector.api;

/**
 * An explicit pointer from one case to another that the source itself recorded.
 *
 * @param reason why the source links them, e.g. {@link #RELATED_ORDER} or {@link #FIRST_PETITION}
 */
public record CaseReference(Source source, String sourceId, String reason) {

    public static final String RELATED_ORDER = "RELATED_ORDER";
    public static final String FIRST_PETITION = "FIRST_PETITION";
}
