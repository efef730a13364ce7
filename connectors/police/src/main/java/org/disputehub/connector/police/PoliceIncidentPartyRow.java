package org.disputehub.connector.police;

import java.util.Map;

/** One row of the {@code police_incident_party} table. */
public record PoliceIncidentPartyRow(
        String incidentNo,
        Integer seq,
        String name,
        String idNumber,
        String phone,
        String role) {

    public static PoliceIncidentPartyRow fromColumns(Map<String, ?> row) {
        var columns = SqlColumns.of(row);
        return new PoliceIncidentPartyRow(
                columns.text("incident_no"),
                columns.integer("seq"),
                columns.text("name"),
                columns.text("id_number"),
                columns.text("phone"),
                columns.text("role"));
    }
}
