package org.disputehub.connector.police;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.disputehub.connector.support.SourceTimes;

/**
 * How far the police database has been read: the last delivered row's {@code updated_at} and, because several
 * rows can share one update time, its {@code incident_no}. The next poll reads rows after this pair.
 *
 * @param updatedAt  the database's local time
 */
public record PoliceWatermark(LocalDateTime updatedAt, String incidentNo) {

    /** Before every row: the first poll reads the whole table. */
    public static final PoliceWatermark BEGINNING = new PoliceWatermark(LocalDateTime.of(1900, 1, 1, 0, 0), "");

    private static final char SEPARATOR = '|';

    public PoliceWatermark {
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(incidentNo, "incidentNo");
    }

    /** Reads {@link #encode()}'s form, e.g. {@code 2026-03-15T09:12:33+08:00|JQ20260315000877}. */
    public static PoliceWatermark parse(String value) {
        int separator = value.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("not a police watermark: '" + value + "'");
        }
        try {
            LocalDateTime updatedAt = OffsetDateTime.parse(value.substring(0, separator))
                .withOffsetSameInstant(SourceTimes.LOCAL_OFFSET)
                .toLocalDateTime();
            return new PoliceWatermark(updatedAt, value.substring(separator + 1));
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("not a police watermark: '" + value + "'", ex);
        }
    }

    /** ISO-8601 with the sources' offset (keeping fractions of a second), then the incident number. */
    public String encode() {
        return updatedAt.atOffset(SourceTimes.LOCAL_OFFSET).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + SEPARATOR + incidentNo;
    }
}
