package org.disputehub.hub.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.Source;

/**
 * Ten cases in five disputes, with known figures:
 * <pre>
 * A 柳湾乡 石门村   POLICE P1 03-02 resolved in 2 d, POLICE P2 03-10 resolved in 6 d, HOTLINE H3 03-12 resolved in 1 d
 *                  two police calls within 30 days: yellow, nothing open
 * B 青石镇 向阳村   HOTLINE H1 03-03 open, HOTLINE H2 03-20 open: both overdue (15 d), yellow (overdue rule)
 * C 柳湾乡 沙坝村   POLICE P3 03-05 resolved in 1 d, P4 03-12 resolved in 4 d, P5 03-25 open (overdue, 30 d): hot, red
 * D 青石镇 (town)   PETITION X1 2026-03-31T17:00Z, which is 04-01 in Asia/Shanghai, rejected
 * E 柳湾乡 石门村   HOTLINE H9 two days ago, open, not yet overdue
 * </pre>
 * Times are +08:00.
 */
final class DashboardData {

    static final String LIUWAN = "996611102000";
    static final String SHIMEN = "996611102200";
    static final String SHABA = "996611102201";
    static final String QINGSHI = "996611100000";
    static final String XIANGYANG = "996611100202";

    private DashboardData() {
    }

    static void load(CaseSink sink) {
        PartyMention zhang = party("张三", "99661119800101001X");
        PartyMention li = party("李四", "996611198505050023");
        PartyMention wang = party("王五", "996611199009090039");
        sink.accept(List.of(
                record(Source.POLICE, "P1", "2026-03-02T10:00", CaseState.RESOLVED, "2026-03-04T10:00", SHIMEN, zhang,
                        party("2", "钱八", null)),
                record(Source.HOTLINE, "H1", "2026-03-03T09:00", CaseState.OPEN, null, XIANGYANG, li),
                record(Source.POLICE, "P3", "2026-03-05T10:00", CaseState.RESOLVED, "2026-03-06T10:00", SHABA, wang)));
        sink.accept(List.of(
                record(Source.POLICE, "P2", "2026-03-10T10:00", CaseState.RESOLVED, "2026-03-16T10:00", SHIMEN, zhang),
                record(Source.HOTLINE, "H3", "2026-03-12T09:00", CaseState.RESOLVED, "2026-03-13T09:00", SHIMEN, zhang),
                record(Source.POLICE, "P4", "2026-03-12T10:00", CaseState.RESOLVED, "2026-03-16T10:00", SHABA, wang)));
        sink.accept(List.of(
                record(Source.HOTLINE, "H2", "2026-03-20T09:00", CaseState.OPEN, null, XIANGYANG, li),
                record(Source.POLICE, "P5", "2026-03-25T10:00", CaseState.OPEN, null, SHABA, wang),
                new CaseRecord(Source.PETITION, "X1", 1, OffsetDateTime.parse("2026-03-31T17:00:00Z"), null, "劳动争议",
                        "REJECTED", CaseState.REJECTED, null, "信访人反映工资拖欠。", null, QINGSHI, null, Map.of(),
                        List.of(party("赵六", "996611197003030044")), List.of(), Origin.fileLine("x.jsonl", 1)),
                new CaseRecord(Source.HOTLINE, "H9", 1, OffsetDateTime.now().minusDays(2), null, "邻里纠纷", "OPEN",
                        CaseState.OPEN, null, "邻居噪音扰民。", null, SHIMEN, null, Map.of(),
                        List.of(party("孙七", "99661119950606005X")), List.of(), Origin.fileLine("h.jsonl", 9))));
    }

    private static CaseRecord record(Source source, String id, String reportedAt, CaseState state, String closedAt,
            String areaCode, PartyMention... parties) {
        OffsetDateTime reported = OffsetDateTime.parse(reportedAt + ":00+08:00");
        return new CaseRecord(source, id, 1, reported, reported, "邻里纠纷", state.name(), state,
                closedAt == null ? null : OffsetDateTime.parse(closedAt + ":00+08:00"), "邻居因噪音发生纠纷。", null,
                areaCode, null, Map.of(), List.of(parties), List.of(), Origin.fileLine("dashboard.jsonl", 1));
    }

    private static PartyMention party(String name, String idNumber) {
        return party("1", name, idNumber);
    }

    private static PartyMention party(String mentionKey, String name, String idNumber) {
        return new PartyMention(mentionKey, "当事人", name, idNumber, null, null);
    }
}
