package org.disputehub.hub.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;

/** What the database plans for a statement, read with {@code EXPLAIN}: nothing runs. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /**
     * The plan's operators that read a whole label, relationship type, index or graph, each as its type and
     * details (for example {@code NodeByLabelScan old:PendingLink}). Under a batch's {@code UNWIND} each one runs
     * once per row, so its cost grows with the graph rather than with the batch.
     */
    public static List<String> scans(Driver driver, String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
            List<String> scans = new ArrayList<>();
            collectScans(plan, scans);
            return scans;
        }
    }

    private static void collectScans(Plan plan, List<String> into) {
        String operator = plan.operatorType().replaceAll("@.*", "");
        if (operator.endsWith("Scan")) {
            into.add(operator + " " + plan.arguments().getOrDefault("Details", Values.NULL).asString(""));
        }
        plan.children().forEach(child -> collectScans(child, into));
    }
}
