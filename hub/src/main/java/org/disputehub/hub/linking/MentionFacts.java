package org.disputehub.hub.linking;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.disputehub.connector.api.PartyMention;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What person linking compares about one mention: its name read for comparison, ID number (valid or
 * mistyped), phone, sex, and the case around it (where, when, who else was named). Written onto the mention
 * node beside the raw fields, which stay as the source wrote them.
 */
public record MentionFacts(String key, String caseKey, String name, String surname, boolean titleOnly, String sex,
        String pinyin, String idKey, String idTypo, String phoneKey, boolean mobile, String houseKey, String placeCode, long at,
        Set<String> others, String personId) {

    /** Properties stored on the mention node at ingest. */
    public static Map<String, Object> describe(PartyMention party) {
        Map<String, Object> facts = new HashMap<>();
        Names.Name name = Names.parse(party.name());
        String idKey = IdNumbers.normalise(party.idNumber());
        String idTypo = idKey == null ? IdNumbers.mistyped(party.idNumber()) : null;
        Phones.Phone phone = Phones.parse(party.phone());
        // A mistyped number may be mistyped in the digit that tells sex: only a valid one is trusted for it.
        String idSex = IdNumbers.sex(idKey);
        facts.put("nameText", name.text());
        facts.put("surname", name.surname());
        facts.put("titleOnly", name.titleOnly());
        facts.put("pinyin", name.pinyin());
        facts.put("sex", idSex != null ? idSex : name.sex());
        facts.put("idKey", idKey);
        facts.put("idTypo", idTypo);
        facts.put("phoneKey", phone == null ? null : phone.key());
        facts.put("mobile", phone != null && phone.mobile());
        facts.values().removeIf(java.util.Objects::isNull);
        return facts;
    }

    /** Cypher map projection of a mention {@code m} in case {@code c} that {@link #of(Record)} reads. */
    static final String PROJECTION = """
            {key: m.key, caseKey: c.key, name: m.nameText, surname: m.surname, titleOnly: m.titleOnly,
             sex: m.sex, pinyin: m.pinyin, idKey: m.idKey, idTypo: m.idTypo, phoneKey: m.phoneKey,
             mobile: m.mobile, houseKey: coalesce(m.homeKey, m.placeHomeKey), placeCode: c.placeCode, at: c.reportedAt.epochMillis,
             partyNames: c.partyNames, counterparties: c.counterparties, personId: p.id}""";

    static MentionFacts of(Value value) {
        String name = value.get("name").asString(null);
        Set<String> others = new java.util.HashSet<>();
        for (Value other : value.get("partyNames").values()) {
            if (!other.asString().equals(name)) {
                others.add(Names.pinyin(other.asString()));
            }
        }
        for (Value other : value.get("counterparties").values()) {
            if (!other.asString().equals(name)) {
                others.add(Names.pinyin(other.asString()));
            }
        }
        return new MentionFacts(value.get("key").asString(), value.get("caseKey").asString(), name,
                value.get("surname").asString(null), value.get("titleOnly").asBoolean(false),
                value.get("sex").asString(null), value.get("pinyin").asString(null), value.get("idKey").asString(null),
                value.get("idTypo").asString(null), value.get("phoneKey").asString(null),
                value.get("mobile").asBoolean(false), value.get("houseKey").asString(null),
                value.get("placeCode").asString(null),
                value.get("at").isNull() ? 0 : value.get("at").asLong(), others, value.get("personId").asString(null));
    }

    static MentionFacts of(Record record) {
        return of(record.get("mention"));
    }

    boolean landline() {
        return phoneKey != null && !mobile;
    }
}
