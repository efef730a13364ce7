package org.disputehub.connector.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.support.RecordRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class WorkOrderMapperTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Origin ORIGIN = Origin.fileLine("work-orders-001.jsonl", 7);

    private static final String ORDER = """
            {"orderNo": "RX20260315000123", "version": 3, "channel": "PHONE",
             "receivedAt": "2026-03-15T09:12:33+08:00", "updatedAt": "2026-03-16T10:00:00+08:00",
             "caller": {"name": "王女士", "phone": "139 1234 5678", "idNumber": null},
             "appealType": "投诉", "category": "邻里纠纷", "content": "来电人反映邻居噪音扰民。",
             "address": "石泉乡红星村三组12号", "areaCode": "996611100000", "assignedUnit": "石泉乡司法所",
             "status": "CLOSED", "closedAt": "2026-03-16T10:00:00+08:00", "satisfaction": null,
             "relatedOrderNos": ["RX20260301000007", "RX20260302000011", "RX20260301000007"]}
            """;

    private final WorkOrderMapper mapper = new WorkOrderMapper();

    @Test
    void mapsAWorkOrderOntoACase() {
        CaseRecord record = mapper.map(order(), ORIGIN);

        assertThat(record.source()).isEqualTo(Source.HOTLINE);
        assertThat(record.sourceId()).isEqualTo("RX20260315000123");
        assertThat(record.version()).isEqualTo(3);
        assertThat(record.reportedAt()).isEqualTo(OffsetDateTime.parse("2026-03-15T09:12:33+08:00"));
        assertThat(record.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-16T10:00:00+08:00"));
        assertThat(record.closedAt()).isEqualTo(OffsetDateTime.parse("2026-03-16T10:00:00+08:00"));
        assertThat(record.category()).isEqualTo("邻里纠纷");
        assertThat(record.status()).isEqualTo("CLOSED");
        assertThat(record.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(record.content()).isEqualTo("来电人反映邻居噪音扰民。");
        assertThat(record.address()).isEqualTo("石泉乡红星村三组12号");
        assertThat(record.areaCode()).isEqualTo("996611100000");
        assertThat(record.areaName()).isNull();
        assertThat(record.details()).isEqualTo(Map.of("channel", "PHONE", "appealType", "投诉",
                "assignedUnit", "石泉乡司法所"));
        assertThat(record.parties()).containsExactly(
                new PartyMention("caller", "来电人", "王女士", null, "139 1234 5678", null));
        assertThat(record.origin()).isEqualTo(ORIGIN);
    }

    @Test
    void relatedOrdersBecomeReferencesOnce() {
        CaseRecord record = mapper.map(order(), ORIGIN);

        assertThat(record.references()).containsExactly(
                new CaseReference(Source.HOTLINE, "RX20260301000007", CaseReference.RELATED_ORDER),
                new CaseReference(Source.HOTLINE, "RX20260302000011", CaseReference.RELATED_ORDER));
    }

    @ParameterizedTest
    @CsvSource({ "RECEIVED, OPEN", "DISPATCHED, OPEN", "IN_PROGRESS, OPEN", "RETURNED, OPEN",
            "RESOLVED, RESOLVED", "CLOSED, RESOLVED" })
    void foldsStatusOntoState(String status, CaseState state) {
        ObjectNode order = order();
        order.put("status", status);

        CaseRecord record = mapper.map(order, ORIGIN);

        assertThat(record.status()).isEqualTo(status);
        assertThat(record.state()).isEqualTo(state);
    }

    @Test
    void missingOrderNoIsAMissingPrimaryKey() {
        ObjectNode order = order();
        order.remove("orderNo");

        assertRejected(order, QuarantinedRecord.MISSING_PRIMARY_KEY);
    }

    @Test
    void blankOrderNoIsAMissingPrimaryKey() {
        ObjectNode order = order();
        order.put("orderNo", "  ");

        assertRejected(order, QuarantinedRecord.MISSING_PRIMARY_KEY);
    }

    @ParameterizedTest
    @CsvSource({ "receivedAt, N/A", "receivedAt, 2026-13-05T10:00:00+08:00", "updatedAt, 2026-03-16 10:00:00",
            "closedAt, yesterday" })
    void badTimeIsUnparsable(String field, String value) {
        ObjectNode order = order();
        order.put(field, value);

        assertRejected(order, QuarantinedRecord.UNPARSABLE_DATE);
    }

    @Test
    void missingVersionIsAMissingField() {
        ObjectNode order = order();
        order.remove("version");

        assertRejected(order, QuarantinedRecord.MISSING_FIELD);
    }

    @Test
    void missingUpdatedAtIsAMissingField() {
        ObjectNode order = order();
        order.putNull("updatedAt");

        assertRejected(order, QuarantinedRecord.MISSING_FIELD);
    }

    @Test
    void openOrderHasNoClosedAt() {
        ObjectNode order = order();
        order.put("status", "DISPATCHED");
        order.putNull("closedAt");

        assertThat(mapper.map(order, ORIGIN).closedAt()).isNull();
    }

    @Test
    void nullCallerIsAnAnonymousCaller() {
        ObjectNode order = order();
        order.putNull("caller");

        assertThat(mapper.map(order, ORIGIN).parties())
            .containsExactly(new PartyMention("caller", "来电人", null, null, null, null));
    }

    @Test
    void emptyCallerIsAnAnonymousCallerKeptAsWritten() {
        ObjectNode order = order();
        order.putObject("caller").putNull("name").put("phone", "").putNull("idNumber");

        assertThat(mapper.map(order, ORIGIN).parties())
            .containsExactly(new PartyMention("caller", "来电人", null, null, "", null));
    }

    @Test
    void callerIsKeptExactlyAsWritten() {
        ObjectNode order = order();
        order.putObject("caller").put("name", " 張偉 ").put("phone", "+86-139-1234-5678")
            .put("idNumber", "99010119800101123x");

        assertThat(mapper.map(order, ORIGIN).parties()).containsExactly(
                new PartyMention("caller", "来电人", " 張偉 ", "99010119800101123x", "+86-139-1234-5678", null));
    }

    @Test
    void missingRelatedOrderNosGivesNoReferences() {
        ObjectNode order = order();
        order.remove("relatedOrderNos");

        assertThat(mapper.map(order, ORIGIN).references()).isEmpty();
    }

    private void assertRejected(JsonNode order, String reason) {
        assertThatThrownBy(() -> mapper.map(order, ORIGIN))
            .isInstanceOfSatisfying(RecordRejectedException.class, ex -> assertThat(ex.reason()).isEqualTo(reason));
    }

    private static ObjectNode order() {
        return (ObjectNode) JSON.readTree(ORDER);
    }
}
