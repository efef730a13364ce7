package org.disputehub.connector.api;

import java.util.Objects;

/**
 * A delivery the connector could not turn into a {@link CaseRecord}: kept with its reason and raw text, so
 * nothing is silently dropped and an operator can fix and re-deliver it.
 *
 * @param reason  a stable code, one of the constants below
 * @param message what exactly was wrong, for a person
 * @param raw     the record's text as delivered (decoded as far as possible)
 */
public record QuarantinedRecord(Source source, Origin origin, String reason, String message, String raw) {

    public static final String MISSING_PRIMARY_KEY = "missing_primary_key";
    public static final String MISSING_FIELD = "missing_required_field";
    public static final String UNPARSABLE_DATE = "unparsable_date";
    public static final String TRUNCATED_JSON = "truncated_json";
    public static final String INVALID_ENCODING = "invalid_encoding";
    public static final String WRONG_COLUMN_COUNT = "wrong_column_count";
    public static final String INVALID_VALUE = "invalid_value";

    public QuarantinedRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }
}
