package org.disputehub.hub.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.hub.areas.Gazetteer;
import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.linking.Addresses;
import org.disputehub.hub.linking.CaseFacts;
import org.disputehub.hub.linking.MentionFacts;

/** Turns canonical records into the parameter maps the batched graph writes take. */
final class CaseRows {

    private CaseRows() {
    }

    static Map<String, Object> caseRow(CaseRecord record, Gazetteer gazetteer) {
        Map<String, Object> props = new HashMap<>();
        props.put("key", record.key());
        props.put("source", record.source().name());
        props.put("sourceId", record.sourceId());
        props.put("version", record.version());
        props.put("reportedAt", record.reportedAt());
        props.put("updatedAt", record.updatedAt());
        props.put("closedAt", record.closedAt());
        props.put("category", record.category());
        props.put("status", record.status());
        props.put("state", record.state() == null ? null : record.state().name());
        props.put("content", record.content());
        props.put("address", record.address());
        props.put("areaCode", record.areaCode());
        props.put("areaName", record.areaName());
        props.put("origin", record.origin() == null ? null
                : record.origin().transport() + ":" + record.origin().resource() + "#" + record.origin().locator());
        record.details().forEach((name, value) -> props.put(CaseView.DETAIL_PREFIX + name, value));
        props.values().removeIf(java.util.Objects::isNull);

        String placeCode = gazetteer.resolve(record.areaCode(), record.areaName(), record.address());
        if (placeCode != null) {
            props.put("placeCode", placeCode);
        }
        CaseFacts.describe(record).forEach(props::put);

        List<Map<String, Object>> parties = new ArrayList<>();
        for (PartyMention party : record.parties()) {
            parties.add(partyRow(record, party, gazetteer));
        }
        List<Map<String, Object>> references = new ArrayList<>();
        for (CaseReference reference : record.references()) {
            String target = reference.source() + ":" + reference.sourceId();
            if (!target.equals(record.key())) {
                references.add(Map.of("to", target, "reason", reference.reason()));
            }
        }
        Map<String, Object> row = new HashMap<>();
        row.put("key", record.key());
        row.put("version", record.version());
        row.put("props", props);
        row.put("areaCode", placeCode);
        row.put("parties", parties);
        row.put("partyKeys", parties.stream().map(party -> party.get("key")).toList());
        row.put("references", references);
        return row;
    }

    private static boolean speaksForHome(CaseRecord record, PartyMention party) {
        return switch (record.source()) {
            case HOTLINE -> true;
            case POLICE -> "报警人".equals(party.role());
            case PETITION -> false;
        };
    }

    private static Map<String, Object> partyRow(CaseRecord record, PartyMention party, Gazetteer gazetteer) {
        Map<String, Object> props = new HashMap<>();
        props.put("key", record.key() + ":" + party.mentionKey());
        props.put("caseKey", record.key());
        props.put("source", record.source().name());
        props.put("mentionKey", party.mentionKey());
        props.put("role", party.role());
        props.put("name", party.name());
        props.put("idNumber", party.idNumber());
        props.put("phone", party.phone());
        props.put("address", party.address());
        props.put("areaCode", party.address() == null ? null : gazetteer.resolve(null, party.address()));
        props.put("homeKey", party.address() == null ? null
                : Addresses.householdKey(party.address(), gazetteer.village(party.address())));
        if (speaksForHome(record, party) && record.address() != null) {
            // A caller or reporter giving a house as the place is most often at home.
            props.put("placeHomeKey", Addresses.householdKey(record.address(), gazetteer.village(record.address())));
        }
        MentionFacts.describe(party).forEach(props::put);
        props.values().removeIf(java.util.Objects::isNull);
        return Map.of("key", props.get("key"), "props", props);
    }
}
