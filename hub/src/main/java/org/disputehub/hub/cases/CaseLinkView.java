package org.disputehub.hub.cases;

/** A reference between two cases, seen from one of them. */
public record CaseLinkView(String reason, String direction, CaseView linked) {
}
