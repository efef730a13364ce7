package org.disputehub.connector.police;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One row of the {@code police_incident} table as the JDBC driver returned it. Times are the database's local
 * time (SOURCES.md: UTC+8).
 */
public record PoliceIncidentRow(
        String incidentNo,
        LocalDateTime reportedAt,
        LocalDateTime updatedAt,
        String reporterName,
        String reporterPhone,
        String address,
        String incidentType,
        String incidentSubtype,
        String summary,
        String station,
        String outcome,
        Boolean referredToMediation) {

    /** Reads a row as a column-name-to-value map (any case), as camel-sql and {@code queryForList} give it. */
    public static PoliceIncidentRow fromColumns(Map<String, ?> row) {
        var columns = SqlColumns.of(row);
        return new PoliceIncidentRow(
                columns.text("incident_no"),
                columns.localDateTime("reported_at"),
                columns.localDateTime("updated_at"),
                columns.text("reporter_name"),
                columns.text("reporter_phone"),
                columns.text("address"),
                columns.text("incident_type"),
                columns.text("incident_subtype"),
                columns.text("summary"),
                columns.text("station"),
                columns.text("outcome"),
                columns.bool("referred_to_mediation"));
    }
}
