package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.PartyMention;

/**
 * What dispute and person linking read from a whole case: the names of its parties and the other side its
 * text or respondent field names.
 */
public final class CaseFacts {

    private CaseFacts() {
    }

    /** Properties stored on the case node at ingest. */
    public static Map<String, Object> describe(CaseRecord record) {
        Set<String> partyNames = new LinkedHashSet<>();
        for (PartyMention party : record.parties()) {
            Names.Name name = Names.parse(party.name());
            if (name.full()) {
                partyNames.add(name.text());
            }
        }
        Set<String> counterparties = new LinkedHashSet<>(Counterparties.in(record.content()));
        Object respondent = record.details().get("respondent");
        if (respondent instanceof String text) {
            Names.Name name = Names.parse(text);
            if (name.full() && name.text().length() <= 4) {
                counterparties.add(name.text());
            }
        }
        Map<String, Object> facts = new HashMap<>();
        facts.put("partyNames", new ArrayList<>(partyNames));
        facts.put("counterparties", List.copyOf(counterparties));
        return facts;
    }
}
