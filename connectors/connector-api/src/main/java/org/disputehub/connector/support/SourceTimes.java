package org.disputehub.connector.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.disputehub.connector.api.QuarantinedRecord;

/** Date and time formats the sources use; a value that fits none is rejected as {@code unparsable_date}. */
public final class SourceTimes {

    /** The sources' local time (SOURCES.md: UTC+8). */
    public static final ZoneOffset LOCAL_OFFSET = ZoneOffset.ofHours(8);

    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SLASHED_DATE = DateTimeFormatter.ofPattern("yyyy/M/d");

    private SourceTimes() {
    }

    /** ISO-8601 with offset, e.g. {@code 2026-03-15T09:12:33+08:00}. */
    public static OffsetDateTime isoOffset(String field, String value) {
        try {
            return OffsetDateTime.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            throw unparsable(field, value);
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in local time. */
    public static OffsetDateTime localDateTime(String field, String value) {
        try {
            return LocalDateTime.parse(value.strip(), LOCAL_DATE_TIME).atOffset(LOCAL_OFFSET);
        }
        catch (DateTimeParseException ex) {
            throw unparsable(field, value);
        }
    }

    /** {@code yyyy-MM-dd} or {@code yyyy/M/d}, taken as the start of that local day. */
    public static OffsetDateTime localDate(String field, String value) {
        String text = value.strip();
        try {
            LocalDate date = text.contains("/") ? LocalDate.parse(text, SLASHED_DATE) : LocalDate.parse(text);
            return date.atStartOfDay().atOffset(LOCAL_OFFSET);
        }
        catch (DateTimeParseException ex) {
            throw unparsable(field, value);
        }
    }

    private static RecordRejectedException unparsable(String field, String value) {
        return new RecordRejectedException(QuarantinedRecord.UNPARSABLE_DATE,
                "field " + field + " is not a valid date or time: '" + value + "'");
    }
}
