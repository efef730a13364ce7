package org.disputehub.hub.linking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.disputehub.hub.warnings.WarningRaised;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Links freshly written cases, in the batch's transaction: their mentions to persons, those persons' mentions
 * to households, and every case whose persons or households changed to disputes. Raw mentions are never
 * changed, so links can be recomputed at any time.
 */
@Component
public class CaseLinker {

    private final PersonLinker persons;
    private final HouseholdLinker households;
    private final DisputeLinker disputes;

    public CaseLinker(PersonLinker persons, HouseholdLinker households, DisputeLinker disputes) {
        this.persons = persons;
        this.households = households;
        this.disputes = disputes;
    }

    /** Links the cases and returns the warnings that rose with them. */
    public List<WarningRaised> link(TransactionContext tx, List<String> caseKeys) {
        List<String> mentions = tx.run(LinkCypher.MENTIONS_OF_CASES, Map.of("keys", caseKeys)).single().get("keys")
            .asList(value -> value.asString());
        PersonLinker.Outcome personOutcome = persons.link(tx, mentions);
        Set<String> changedHouseholds = households.link(tx, personOutcome.persons());
        Set<String> affected = new TreeSet<>(caseKeys);
        affected.addAll(tx.run(LinkCypher.CASES_OF, Map.of("mentions", List.copyOf(personOutcome.mentions()),
                "households", List.copyOf(changedHouseholds))).single().get("keys").asList(value -> value.asString()));
        return disputes.link(tx, affected, caseKeys);
    }
}
