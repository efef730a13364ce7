package org.disputehub.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disputehub.synthetic.PoliceDesk.Incident;
import org.disputehub.synthetic.PoliceDesk.Party;

/**
 * The good police incidents again as SQL for the live (JDBC) transport: the two tables of
 * SOURCES.md and one INSERT per row. Standard SQL that H2 and PostgreSQL accept.
 */
final class PoliceSql implements AutoCloseable {

    private static final String SCHEMA = """
            -- Synthetic police (110) incidents, the same as police/incidents-*.jsonl without the bad lines.
            CREATE TABLE IF NOT EXISTS police_incident (
              incident_no            VARCHAR(32) PRIMARY KEY,
              reported_at            TIMESTAMP NOT NULL,
              updated_at             TIMESTAMP NOT NULL,
              reporter_name          VARCHAR(64),
              reporter_phone         VARCHAR(32),
              address                VARCHAR(256),
              incident_type          VARCHAR(16),
              incident_subtype       VARCHAR(32),
              summary                VARCHAR(2000),
              station                VARCHAR(64),
              outcome                VARCHAR(32),
              referred_to_mediation  BOOLEAN
            );
            CREATE TABLE IF NOT EXISTS police_incident_party (
              incident_no  VARCHAR(32) NOT NULL,
              seq          INT NOT NULL,
              name         VARCHAR(64),
              id_number    VARCHAR(32),
              phone        VARCHAR(32),
              role         VARCHAR(16),
              PRIMARY KEY (incident_no, seq)
            );
            """;

    private final Path file;
    private final FileStats stats;
    private final Writer writer;
    private final BackgroundWriter background;

    PoliceSql(Path file, FileStats stats, BackgroundWriter background) throws IOException {
        this.file = file;
        this.stats = stats;
        this.background = background;
        Files.createDirectories(file.getParent());
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        writer.write(SCHEMA);
    }

    void insert(Incident incident, long reportedAt, long updatedAt) {
        background.submit(() -> write(incident, reportedAt, updatedAt));
    }

    private void write(Incident incident, long reportedAt, long updatedAt) {
        StringBuilder sql = new StringBuilder(512);
        sql.append("INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, ")
                .append("address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) ")
                .append("VALUES (").append(text(incident.incidentNo())).append(", TIMESTAMP '")
                .append(Times.localText(reportedAt)).append("', TIMESTAMP '").append(Times.localText(updatedAt))
                .append("', ").append(text(incident.reporterName())).append(", ").append(text(incident.reporterPhone()))
                .append(", ").append(text(incident.address())).append(", ").append(text(incident.incidentType()))
                .append(", ").append(text(incident.incidentSubtype())).append(", ").append(text(incident.summary()))
                .append(", ").append(text(incident.station())).append(", ").append(text(incident.outcome()))
                .append(", ").append(incident.referredToMediation() ? "TRUE" : "FALSE").append(");\n");
        for (Party party : incident.parties()) {
            sql.append("INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES (")
                    .append(text(incident.incidentNo())).append(", ").append(party.seq()).append(", ")
                    .append(text(party.name())).append(", ").append(text(party.idNumber())).append(", ")
                    .append(text(party.phone())).append(", ").append(text(party.role())).append(");\n");
        }
        try {
            writer.write(sql.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    @Override
    public void close() {
        background.submit(() -> {
            try {
                writer.close();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stats.closed(file, null);
        });
    }
}
