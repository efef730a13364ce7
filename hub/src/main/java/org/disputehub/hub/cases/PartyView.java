package org.disputehub.hub.cases;

import org.neo4j.driver.types.Node;

/** A party mention as the source wrote it; {@code key} identifies the mention node. */
public record PartyView(String key, String caseKey, String mentionKey, String role, String name, String idNumber,
        String phone, String address) {

    public static PartyView of(Node node) {
        return new PartyView(node.get("key").asString(), node.get("caseKey").asString(),
                node.get("mentionKey").asString(), CaseView.text(node.get("role")), CaseView.text(node.get("name")),
                CaseView.text(node.get("idNumber")), CaseView.text(node.get("phone")),
                CaseView.text(node.get("address")));
    }
}
