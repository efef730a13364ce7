package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.disputehub.hub.warnings.WarningRaised;
import org.neo4j.driver.Session;
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
    private final LinkingIndex index;

    public CaseLinker(PersonLinker persons, HouseholdLinker households, DisputeLinker disputes, LinkingIndex index) {
        this.persons = persons;
        this.households = households;
        this.disputes = disputes;
        this.index = index;
    }

    /**
     * Links the cases just written in {@code tx}, each as written (see {@link LinkingIndex#refresh}), and returns
     * the warnings that rose with them. Call {@link #committed()} once {@code tx} commits.
     */
    public List<WarningRaised> link(TransactionContext tx, List<Map<String, Object>> writtenCases) {
        index.refresh(tx, writtenCases);
        List<String> caseKeys = writtenCases.stream().map(written -> (String) written.get("key")).toList();
        List<String> mentions = new ArrayList<>();
        caseKeys.forEach(key -> mentions.addAll(index.caseOf(key).mentions()));
        PersonLinker.Outcome personOutcome = persons.link(tx, mentions);
        Set<String> moved = households.link(tx, personOutcome.persons());
        Set<String> affected = new TreeSet<>(caseKeys);
        // The cases whose parties moved to another person or household.
        personOutcome.mentions().forEach(mention -> affected.add(index.mention(mention).caseKey()));
        moved.forEach(mention -> affected.add(index.mention(mention).caseKey()));
        return disputes.link(tx, affected, caseKeys);
    }

    /** Before a batch's transaction: reads the graph into the index if it may not hold what the graph does. */
    public void prepare(Session session) {
        index.loadIfStale(session);
    }

    /** The transaction of the last {@link #link} committed. */
    public void committed() {
        index.committed();
    }
}
