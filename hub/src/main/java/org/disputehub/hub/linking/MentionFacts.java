package org.disputehub.hub.linking;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.disputehub.connector.api.PartyMention;

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

    boolean landline() {
        return phoneKey != null && !mobile;
    }
}
