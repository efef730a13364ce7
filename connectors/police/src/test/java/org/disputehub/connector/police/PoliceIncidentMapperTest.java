package org.disputehub.connector.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.support.JsonLinesReader;
import org.disputehub.connector.support.RecordRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PoliceIncidentMapperTest {

    /** Line 1 of the dev export, byte for byte. */
    private static final String INCIDENT = """
            {"incidentNo": "JQ20260101000045", "reportedAt": "2026-01-01T14:51:07+08:00", "updatedAt": "2026-01-02T04:54:07+08:00", "reporterName": "李秀云", "reporterPhone": null, "address": "青石鎮建設村3組18號", "incidentType": "纠纷", "incidentSubtype": "家庭纠纷", "summary": "报警人称与家人李永明因赡养老人问题发生纠纷。民警到场后进行调解，双方暂时平息。", "station": "城关派出所", "outcome": "现场调解", "referredToMediation": false, "parties": [{"seq": 1, "name": "李秀云", "idNumber": "996611199010063206", "phone": null, "role": "报警人"}, {"seq": 2, "name": "李永明", "idNumber": null, "phone": "13718361646", "role": "当事人"}]}""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Origin LINE_1 = Origin.fileLine("incidents-001.jsonl", 1);
    private static final Origin ROW = new Origin("jdbc", "police_incident", "incident_no:JQ20260101000045");

    private final PoliceIncidentMapper mapper = new PoliceIncidentMapper();

    @Test
    void mapsAJsonIncident() {
        CaseRecord record = mapper.fromJson(json(INCIDENT), LINE_1);

        assertThat(record.source()).isEqualTo(Source.POLICE);
        assertThat(record.sourceId()).isEqualTo("JQ20260101000045");
        assertThat(record.reportedAt()).isEqualTo(OffsetDateTime.parse("2026-01-01T14:51:07+08:00"));
        assertThat(record.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-01-02T04:54:07+08:00"));
        assertThat(record.version()).isEqualTo(record.updatedAt().toInstant().toEpochMilli());
        assertThat(record.category()).isEqualTo("家庭纠纷");
        assertThat(record.status()).isEqualTo("现场调解");
        assertThat(record.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(record.closedAt()).isNull();
        assertThat(record.content()).startsWith("报警人称与家人李永明");
        assertThat(record.address()).isEqualTo("青石鎮建設村3組18號");
        assertThat(record.areaCode()).isNull();
        assertThat(record.areaName()).isNull();
        // reporterPhone is null in the source, so it is left out
        assertThat(record.details()).containsOnly(
                Map.entry("incidentType", "纠纷"),
                Map.entry("incidentSubtype", "家庭纠纷"),
                Map.entry("station", "城关派出所"),
                Map.entry("outcome", "现场调解"),
                Map.entry("referredToMediation", false),
                Map.entry("reporterName", "李秀云"));
        assertThat(record.parties()).containsExactly(
                new PartyMention("1", "报警人", "李秀云", "996611199010063206", null, null),
                new PartyMention("2", "当事人", "李永明", null, "13718361646", null));
        assertThat(record.references()).isEmpty();
        assertThat(record.origin()).isEqualTo(LINE_1);
    }

    @Test
    void aRowAndItsPartyRowsGiveTheSameCaseAsTheJsonLine() {
        // the same incident as police.sql holds it: TIMESTAMP columns in local time, upper-case column names
        Map<String, Object> row = new HashMap<>();
        row.put("INCIDENT_NO", "JQ20260101000045");
        row.put("REPORTED_AT", Timestamp.valueOf("2026-01-01 14:51:07"));
        row.put("UPDATED_AT", Timestamp.valueOf("2026-01-02 04:54:07"));
        row.put("REPORTER_NAME", "李秀云");
        row.put("REPORTER_PHONE", null);
        row.put("ADDRESS", "青石鎮建設村3組18號");
        row.put("INCIDENT_TYPE", "纠纷");
        row.put("INCIDENT_SUBTYPE", "家庭纠纷");
        row.put("SUMMARY", "报警人称与家人李永明因赡养老人问题发生纠纷。民警到场后进行调解，双方暂时平息。");
        row.put("STATION", "城关派出所");
        row.put("OUTCOME", "现场调解");
        row.put("REFERRED_TO_MEDIATION", false);
        // party rows in another order than seq: the case lists them by seq all the same
        List<PoliceIncidentPartyRow> parties = List.of(
                party("JQ20260101000045", 2, "李永明", null, "13718361646", "当事人"),
                party("JQ20260101000045", 1, "李秀云", "996611199010063206", null, "报警人"));

        CaseRecord fromRows = mapper.fromRows(PoliceIncidentRow.fromColumns(row), parties, ROW);
        CaseRecord fromJson = mapper.fromJson(json(INCIDENT), LINE_1);

        assertThat(fromRows.origin()).isEqualTo(ROW);
        assertThat(fromRows).usingRecursiveComparison().ignoringFields("origin").isEqualTo(fromJson);
    }

    @Test
    void jsonTimesInAnotherOffsetGiveTheSameCase() {
        CaseRecord utc = mapper.fromJson(json(INCIDENT.replace("2026-01-02T04:54:07+08:00", "2026-01-01T20:54:07Z")),
                LINE_1);

        assertThat(utc).isEqualTo(mapper.fromJson(json(INCIDENT), LINE_1));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "现场调解, RESOLVED",
            "立案侦查, RESOLVED",
            "治安处罚, RESOLVED",
            "移交调解组织, OPEN",
            "其他, OPEN",
            "null, OPEN" })
    void foldsTheOutcomeOntoAState(String outcome, CaseState state) {
        String line = outcome == null ? INCIDENT.replace("\"outcome\": \"现场调解\"", "\"outcome\": null")
                : INCIDENT.replace("现场调解\", \"referred", outcome + "\", \"referred");

        CaseRecord record = mapper.fromJson(json(line), LINE_1);

        assertThat(record.state()).isEqualTo(state);
        assertThat(record.status()).isEqualTo(outcome);
    }

    @Test
    void theCategoryFallsBackToTheIncidentType() {
        CaseRecord record = mapper.fromJson(json(INCIDENT.replace("\"家庭纠纷\"", "null")), LINE_1);

        assertThat(record.category()).isEqualTo("纠纷");
        assertThat(record.details()).doesNotContainKey("incidentSubtype");
    }

    @Test
    void rejectsAnUnparsableDate() {
        assertRejected(INCIDENT.replace("2026-01-02T04:54:07+08:00", "15-03-2026 09:12"),
                QuarantinedRecord.UNPARSABLE_DATE);
    }

    @Test
    void rejectsAnIncidentWithoutNumber() {
        assertRejected(INCIDENT.replace("\"incidentNo\": \"JQ20260101000045\", ", ""),
                QuarantinedRecord.MISSING_PRIMARY_KEY);
        assertRejected(INCIDENT.replace("\"JQ20260101000045\"", "\" \""), QuarantinedRecord.MISSING_PRIMARY_KEY);
    }

    @Test
    void rejectsAnIncidentWithoutUpdateTime() {
        assertRejected(INCIDENT.replace("\"updatedAt\": \"2026-01-02T04:54:07+08:00\"", "\"updatedAt\": null"),
                QuarantinedRecord.MISSING_FIELD);
    }

    @Test
    void rejectsAPartyWithoutSeq() {
        assertRejected(INCIDENT.replace("{\"seq\": 2, ", "{"), QuarantinedRecord.MISSING_FIELD);
    }

    @Test
    void rejectsTwoPartiesWithOneSeq() {
        assertRejected(INCIDENT.replace("{\"seq\": 2, ", "{\"seq\": 1, "), QuarantinedRecord.INVALID_VALUE);
    }

    @Test
    void rejectsRowsWithoutRequiredValues() {
        var row = new PoliceIncidentRow("JQ1", null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> mapper.fromRows(row, List.of(), ROW))
            .isInstanceOfSatisfying(RecordRejectedException.class,
                    ex -> assertThat(ex.reason()).isEqualTo(QuarantinedRecord.MISSING_FIELD));

        var dated = new PoliceIncidentRow("JQ1", Timestamp.valueOf("2026-01-01 14:51:07").toLocalDateTime(),
                Timestamp.valueOf("2026-01-02 04:54:07").toLocalDateTime(), null, null, null, null, null, null, null,
                null, null);
        var withoutSeq = new PoliceIncidentPartyRow("JQ1", null, "李秀云", null, null, "报警人");
        assertThatThrownBy(() -> mapper.fromRows(dated, List.of(withoutSeq), ROW))
            .isInstanceOfSatisfying(RecordRejectedException.class,
                    ex -> assertThat(ex.reason()).isEqualTo(QuarantinedRecord.MISSING_FIELD));
    }

    @Test
    void readsAnExportAndQuarantinesItsBadLines() throws IOException {
        var sink = new RecordingCaseSink();
        var reader = new JsonLinesReader(Source.POLICE, mapper::fromJson);

        // lines 1-40 of the dev export, then its lines 211 (bad date), 290 (cut off) and 629 (no number)
        try (InputStream export = getClass().getResourceAsStream("/police/incidents-sample.jsonl");
                var batches = new BatchingSink(sink, 16)) {
            reader.read(export, "incidents-sample.jsonl", batches);
        }

        assertThat(sink.caseCount()).isEqualTo(40);
        assertThat(sink.quarantined())
            .extracting(QuarantinedRecord::origin, QuarantinedRecord::reason)
            .containsExactly(
                    tuple(Origin.fileLine("incidents-sample.jsonl", 41),
                            QuarantinedRecord.UNPARSABLE_DATE),
                    tuple(Origin.fileLine("incidents-sample.jsonl", 42),
                            QuarantinedRecord.TRUNCATED_JSON),
                    tuple(Origin.fileLine("incidents-sample.jsonl", 43),
                            QuarantinedRecord.MISSING_PRIMARY_KEY));
        assertThat(sink.quarantined()).allSatisfy(bad -> assertThat(bad.raw()).startsWith("{"));
    }

    private void assertRejected(String line, String reason) {
        assertThatThrownBy(() -> mapper.fromJson(json(line), LINE_1))
            .isInstanceOfSatisfying(RecordRejectedException.class, ex -> assertThat(ex.reason()).isEqualTo(reason));
    }

    private static PoliceIncidentPartyRow party(String incidentNo, int seq, String name, String idNumber,
            String phone, String role) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("incident_no", incidentNo);
        columns.put("seq", seq);
        columns.put("name", name);
        columns.put("id_number", idNumber);
        columns.put("phone", phone);
        columns.put("role", role);
        return PoliceIncidentPartyRow.fromColumns(columns);
    }

    private static JsonNode json(String line) {
        return JSON.readTree(line);
    }
}
