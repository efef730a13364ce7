package org.disputehub.hub.investigation;

import static org.disputehub.hub.support.Records.MARCH;
import static org.disputehub.hub.support.Records.caller;
import static org.disputehub.hub.support.Records.party;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.Source;
import org.neo4j.driver.Driver;

/**
 * A small neighbourhood for investigation tests. 梁玉兰 quarrels with her neighbour 金辉斌 (JQ1, JQ2, and the
 * hotline call RX3 that names JQ1: one dispute); 王建国 lives in her house and reported unpaid wages (JQ3, its
 * own matter); 张伟 and 张玮 are two people whose names sound the same (RX5, RX6).
 */
final class InvestigationRecords {

    static final String LIANG_ID = "99661119780815700X";
    static final String WANG_ID = "996611197003031354";
    static final String ZHANG_WEI_ID = "996611198001011231";
    static final String ZHANG_WEI_HOMOPHONE_ID = "996611198505054569";

    private InvestigationRecords() {
    }

    static void load(CaseSink sink) {
        sink.accept(List.of(police("JQ1", MARCH, "邻里纠纷", "梁玉兰与邻居金辉斌因宅基地边界发生争执，双方互相推搡。",
                party(1, "梁玉兰", LIANG_ID, "红星村3组12号"), party(2, "金辉斌", null, null))));
        sink.accept(List.of(hotline("RX3", MARCH.plusDays(1), "来电人反映邻居噪音扰民。", "城关镇人民路5号",
                caller("梁女士", null, "19381642863"),
                List.of(new CaseReference(Source.POLICE, "JQ1", CaseReference.RELATED_ORDER)))));
        sink.accept(List.of(police("JQ3", MARCH.plusDays(3), "劳动争议", "王建国反映工地拖欠工资三个月。",
                party(1, "王建国", WANG_ID, "红星村三组12号"))));
        sink.accept(List.of(police("JQ2", MARCH.plusDays(7), "邻里纠纷", "梁玉兰再次报警称邻居金辉斌砸坏其院墙。",
                party(1, "梁玉兰", "99661119780815700x", "红星村三组12号"))));
        sink.accept(List.of(hotline("RX5", MARCH.plusDays(10), "来电人咨询社保缴纳问题。", "城关镇解放路8号",
                caller("张伟", ZHANG_WEI_ID, "139 1234 5678"), List.of())));
        sink.accept(List.of(hotline("RX6", MARCH.plusDays(11), "来电人反映小区停车位被占用。", "城关镇解放路20号",
                caller("张玮", ZHANG_WEI_HOMOPHONE_ID, "13800001111"), List.of())));
    }

    /** The id linking gave the person with this name. */
    static String personId(Driver driver, String name) {
        try (var session = driver.session()) {
            return session.run("MATCH (p:Person {name: $name}) RETURN p.id", Map.of("name", name)).single().get(0)
                .asString();
        }
    }

    static String householdId(Driver driver, String personName) {
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (:Person {name: $name})<-[:REFERS_TO]-(:Mention)-[:AT_HOUSEHOLD]->(h:Household)
                    RETURN DISTINCT h.id
                    """, Map.of("name", personName)).single().get(0).asString();
        }
    }

    private static CaseRecord police(String incidentNo, OffsetDateTime at, String category, String content,
            PartyMention... parties) {
        return new CaseRecord(Source.POLICE, incidentNo, at.toInstant().toEpochMilli(), at, at, category, "现场调解",
                CaseState.RESOLVED, null, content, "建设村3组18号", null, null,
                Map.of("station", "城关派出所", "outcome", "现场调解"), List.of(parties), List.of(),
                Origin.fileLine("incidents.jsonl", 1));
    }

    private static CaseRecord hotline(String orderNo, OffsetDateTime at, String content, String address,
            PartyMention caller, List<CaseReference> references) {
        return new CaseRecord(Source.HOTLINE, orderNo, 1, at, at, "邻里纠纷", "DISPATCHED", CaseState.OPEN, null, content,
                address, null, null, Map.of(), List.of(caller), references, Origin.fileLine("work-orders.jsonl", 1));
    }
}
