package org.disputehub.connector.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import tools.jackson.databind.json.JsonMapper;

/** Polls a real (H2) police database filled from an excerpt of the dev data set's police.sql. */
class PoliceJdbcPollRouteTest {

    private static final int FIXTURE_INCIDENTS = 30;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final RecordingCaseSink sink = new RecordingCaseSink();
    private final InMemorySourceStateStore state = new InMemorySourceStateStore();
    private String url;
    private JdbcTemplate database;

    @BeforeEach
    void createDatabase() {
        url = "jdbc:h2:mem:police-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("police/police-incidents.sql")).execute(dataSource);
        database = new JdbcTemplate(dataSource);
    }

    @Test
    void deliversEveryIncidentWithItsPartiesAsTheExportDoes() throws IOException {
        try (var hub = startHub(sink)) {
            await().atMost(WAIT).until(() -> sink.caseCount() == FIXTURE_INCIDENTS);

            Map<String, CaseRecord> exported = exportedCases();
            assertThat(sink.deliveries()).hasSize(FIXTURE_INCIDENTS).allSatisfy(delivered -> {
                assertThat(delivered.origin())
                    .isEqualTo(new Origin("jdbc", "police_incident", "incident_no:" + delivered.sourceId()));
                assertThat(delivered).usingRecursiveComparison()
                    .ignoringFields("origin")
                    .isEqualTo(exported.get(delivered.sourceId()));
            });
            assertThat(partyCount(sink.deliveries())).isEqualTo(countRows("police_incident_party"));

            // the hub's own DataSource is still the one injected by type
            assertThat(hub.getBean(DataSource.class))
                .isNotSameAs(hub.getBean(PoliceConnectorAutoConfiguration.DATA_SOURCE));
        }
    }

    @Test
    void sendsNothingWhenNothingChangedAndAChangedIncidentOnce() {
        try (var hub = startHub(sink)) {
            await().atMost(WAIT).until(() -> sink.caseCount() == FIXTURE_INCIDENTS);
            awaitIdlePolls(2);
            assertThat(sink.deliveries()).hasSize(FIXTURE_INCIDENTS);

            database.update("UPDATE police_incident SET updated_at = TIMESTAMP '2026-12-01 10:00:00', "
                    + "outcome = '移交调解组织' WHERE incident_no = 'JQ20260101000045'");
            await().atMost(WAIT).until(() -> sink.deliveries().size() == FIXTURE_INCIDENTS + 1);
            awaitIdlePolls(2);

            assertThat(sink.deliveries()).hasSize(FIXTURE_INCIDENTS + 1);
            CaseRecord changed = sink.deliveries().get(FIXTURE_INCIDENTS);
            assertThat(changed.sourceId()).isEqualTo("JQ20260101000045");
            assertThat(changed.status()).isEqualTo("移交调解组织");
            assertThat(changed.version())
                .isEqualTo(OffsetDateTime.parse("2026-12-01T10:00:00+08:00").toInstant().toEpochMilli());
            assertThat(state.watermark(PoliceJdbcPoll.WATERMARK))
                .contains("2026-12-01T10:00:00+08:00|JQ20260101000045");
            assertThat(state.failures()).isEmpty();
        }
    }

    @Test
    void aRestartedHubResumesAtTheSavedWatermark() {
        try (var hub = startHub(sink)) {
            await().atMost(WAIT).until(() -> sink.caseCount() == FIXTURE_INCIDENTS);
            awaitIdlePolls(1);
        }
        String watermark = state.watermark(PoliceJdbcPoll.WATERMARK).orElseThrow();

        var afterRestart = new RecordingCaseSink();
        try (var hub = startHub(afterRestart)) {
            awaitIdlePolls(2);
            assertThat(afterRestart.deliveries()).isEmpty();

            insertIncident("JQ20261201000001", "2026-12-01 08:00:00");
            await().atMost(WAIT).until(() -> afterRestart.caseCount() == 1);
            assertThat(afterRestart.deliveries()).extracting(CaseRecord::sourceId)
                .containsExactly("JQ20261201000001");
        }
        assertThat(state.watermark(PoliceJdbcPoll.WATERMARK)).isNotEqualTo(watermark)
            .contains("2026-12-01T08:00:00+08:00|JQ20261201000001");
    }

    @Test
    void incidentsSharingAnUpdateTimeAreNotLostAcrossPages() {
        // seven incidents with one update time span three pages of three
        for (int i = 1; i <= 7; i++) {
            insertIncident("JQ2026120100000" + i, "2026-12-01 09:00:00");
        }
        try (var hub = startHub(sink)) {
            await().atMost(WAIT).until(() -> sink.caseCount() == FIXTURE_INCIDENTS + 7);
            awaitIdlePolls(1);

            // caught up on JQ...07 at that time: a later row with the same time and a higher number still comes
            insertIncident("JQ20261201000008", "2026-12-01 09:00:00");
            await().atMost(WAIT).until(() -> sink.caseCount() == FIXTURE_INCIDENTS + 8);
            awaitIdlePolls(1);

            assertThat(sink.deliveries()).hasSize(FIXTURE_INCIDENTS + 8);
        }
    }

    @Test
    void quarantinesARowItCannotMapAndGoesOn() {
        // a view without the table's NOT NULL could deliver an incident without its report time
        database.execute("ALTER TABLE police_incident ALTER COLUMN reported_at SET NULL");
        database.update("INSERT INTO police_incident (incident_no, reported_at, updated_at) "
                + "VALUES ('JQ20261201000001', NULL, TIMESTAMP '2026-12-01 09:00:00')");
        insertIncident("JQ20261201000002", "2026-12-01 09:30:00");

        try (var hub = startHub(sink)) {
            await().atMost(WAIT).until(() -> sink.caseCount() == FIXTURE_INCIDENTS + 1);
            awaitIdlePolls(2);

            assertThat(sink.quarantined()).singleElement().satisfies(bad -> {
                assertThat(bad.source()).isEqualTo(Source.POLICE);
                assertThat(bad.origin()).isEqualTo(new Origin("jdbc", "police_incident", "incident_no:JQ20261201000001"));
                assertThat(bad.reason()).isEqualTo(QuarantinedRecord.MISSING_FIELD);
                assertThat(bad.raw()).contains("JQ20261201000001");
            });
        }
    }

    @Test
    void reportsADatabaseFailureAndCarriesOnWhenItIsBack() {
        try (var hub = startHub(sink)) {
            await().atMost(WAIT).until(() -> sink.caseCount() == FIXTURE_INCIDENTS);

            database.execute("ALTER TABLE police_incident RENAME TO police_incident_moved");
            await().atMost(WAIT).until(() -> !state.failures().isEmpty());
            database.execute("ALTER TABLE police_incident_moved RENAME TO police_incident");
            insertIncident("JQ20261201000001", "2026-12-01 09:00:00");

            await().atMost(WAIT).until(() -> sink.caseCount() == FIXTURE_INCIDENTS + 1);
            assertThat(state.failures()).first().satisfies(failure -> {
                assertThat(failure.source()).isEqualTo(Source.POLICE);
                assertThat(failure.transport()).isEqualTo("jdbc");
                assertThat(failure.stopped()).isFalse();
                assertThat(failure.message()).containsIgnoringCase("police_incident");
            });
        }
    }

    private ConfigurableApplicationContext startHub(RecordingCaseSink hubSink) {
        return PoliceTestApplication.start(hubSink, state,
                "hub.sources.police.jdbc.url=" + url,
                "hub.sources.police.jdbc.username=sa",
                "hub.sources.police.jdbc.password=",
                "hub.sources.police.jdbc.poll-interval=100ms",
                "hub.sources.police.jdbc.page-size=3",
                "hub.sources.police.batch-size=2");
    }

    /** Waits for polls that found nothing new, after the ones seen so far. */
    private void awaitIdlePolls(int count) {
        int seen = state.polls().size();
        await().atMost(WAIT).until(() -> state.polls().stream().skip(seen).filter(received -> received == 0)
            .count() >= count);
    }

    private void insertIncident(String incidentNo, String updatedAt) {
        database.update("INSERT INTO police_incident (incident_no, reported_at, updated_at, incident_type, outcome) "
                + "VALUES (?, TIMESTAMP '2026-11-30 20:00:00', ?, '纠纷', '现场调解')", incidentNo,
                LocalDateTime.parse(updatedAt.replace(' ', 'T')));
        database.update("INSERT INTO police_incident_party (incident_no, seq, name, role) VALUES (?, 1, '王女士', '报警人')",
                incidentNo);
    }

    private int countRows(String table) {
        return database.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static long partyCount(List<CaseRecord> cases) {
        return cases.stream().mapToLong(record -> record.parties().size()).sum();
    }

    /** The export's lines 1-40 hold the same incidents as the SQL excerpt. */
    private Map<String, CaseRecord> exportedCases() throws IOException {
        var mapper = new PoliceIncidentMapper();
        var json = JsonMapper.builder().build();
        try (var lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/police/incidents-sample.jsonl"), StandardCharsets.UTF_8))) {
            return lines.lines().limit(40)
                .map(line -> mapper.fromJson(json.readTree(line), Origin.fileLine("incidents-sample.jsonl", 0)))
                .collect(Collectors.toMap(CaseRecord::sourceId, Function.identity()));
        }
    }
}
