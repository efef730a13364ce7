package org.disputehub.hub.people;

import java.util.List;

import org.neo4j.driver.types.Relationship;

/** Why a mention was linked to a person: the rule that fired, its score and the fields that matched. */
public record LinkEvidence(String rule, Double score, List<String> matched, String matchedWith) {

    static LinkEvidence of(Relationship link) {
        return new LinkEvidence(link.get("rule").asString("unknown"),
                link.get("score").isNull() ? null : link.get("score").asDouble(),
                link.get("matched").isNull() ? List.of() : link.get("matched").asList(value -> value.asString()),
                link.get("via").asString(null));
    }
}
