package org.disputehub.hub.support;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.Source;

/** Canonical records for tests, with only what a test cares about spelt out. */
public final class Records {

    public static final OffsetDateTime MARCH = OffsetDateTime.parse("2026-03-15T09:12:33+08:00");

    private Records() {
    }

    public static CaseRecord hotline(String orderNo, long version, String status, PartyMention caller,
            List<CaseReference> references) {
        return new CaseRecord(Source.HOTLINE, orderNo, version, MARCH, MARCH.plusHours(version), "邻里纠纷", status,
                "RESOLVED".equals(status) ? CaseState.RESOLVED : CaseState.OPEN, null, "来电人反映邻居噪音扰民。",
                "石泉乡红星村三组12号", "996611102205", null, Map.of("appealType", "投诉", "channel", "PHONE"),
                caller == null ? List.of() : List.of(caller), references, Origin.fileLine("test.jsonl", version));
    }

    public static CaseRecord police(String incidentNo, OffsetDateTime reportedAt, PartyMention... parties) {
        return new CaseRecord(Source.POLICE, incidentNo, reportedAt.toInstant().toEpochMilli(), reportedAt,
                reportedAt, "邻里纠纷", "现场调解", CaseState.RESOLVED, null, "报警人称与邻居发生纠纷。", "建設村3組18號",
                null, null, Map.of("station", "城关派出所"), List.of(parties), List.of(),
                Origin.fileLine("incidents.jsonl", 1));
    }

    /** The same record placed by another area code. */
    public static CaseRecord withAreaCode(CaseRecord record, String areaCode) {
        return new CaseRecord(record.source(), record.sourceId(), record.version(), record.reportedAt(),
                record.updatedAt(), record.category(), record.status(), record.state(), record.closedAt(),
                record.content(), record.address(), areaCode, record.areaName(), record.details(), record.parties(),
                record.references(), record.origin());
    }

    public static PartyMention caller(String name, String idNumber, String phone) {
        return new PartyMention("caller", "来电人", name, idNumber, phone, null);
    }

    public static PartyMention party(int seq, String name, String idNumber, String address) {
        return new PartyMention(String.valueOf(seq), "当事人", name, idNumber, null, address);
    }
}
