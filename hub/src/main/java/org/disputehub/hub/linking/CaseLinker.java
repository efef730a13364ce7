package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Links freshly written cases into persons, households and disputes by deterministic rules: a valid ID number
 * is one person, one normalised home address is one household, and cases the sources reference each other
 * form one dispute. Raw mentions are never changed, so links can be recomputed at any time.
 */
@Component
public class CaseLinker {

    public void link(TransactionContext tx, List<String> caseKeys) {
        Map<String, Object> keys = Map.of("keys", caseKeys);
        tx.run(LinkCypher.LINK_PERSONS, keys).consume();
        tx.run(LinkCypher.LINK_HOUSEHOLDS, keys).consume();
        linkDisputes(tx, caseKeys);
    }

    /**
     * Disputes are the connected groups of referencing cases. Groups are joined here in memory: a batch may
     * hold both ends of a reference, and a new case may join two disputes into one (the smaller id survives).
     */
    private void linkDisputes(TransactionContext tx, List<String> caseKeys) {
        UnionFind groups = new UnionFind();
        tx.run(LinkCypher.DISPUTE_NEIGHBOURHOOD, Map.of("keys", caseKeys)).forEachRemaining(record -> {
            String key = record.get("key").asString();
            groups.add("c:" + key);
            Value own = record.get("own");
            if (!own.isNull()) {
                groups.union("c:" + key, "d:" + own.asString());
            }
            for (Value pair : record.get("neighbours").values()) {
                if (pair.get(0).isNull()) {
                    continue;
                }
                groups.union("c:" + key, "c:" + pair.get(0).asString());
                if (!pair.get(1).isNull()) {
                    groups.union("c:" + pair.get(0).asString(), "d:" + pair.get(1).asString());
                }
            }
        });
        List<Map<String, Object>> merges = new ArrayList<>();
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (TreeSet<String> group : groups.groups()) {
            List<String> disputes = group.stream().filter(id -> id.startsWith("d:")).map(id -> id.substring(2))
                .toList();
            String kept = disputes.isEmpty() ? UUID.randomUUID().toString() : disputes.get(0);
            disputes.stream().skip(1).forEach(gone -> merges.add(Map.of("from", gone, "to", kept)));
            group.stream()
                .filter(id -> id.startsWith("c:"))
                .map(id -> id.substring(2))
                .forEach(key -> assignments.add(Map.of("key", key, "dispute", kept)));
        }
        if (!merges.isEmpty()) {
            tx.run(LinkCypher.MERGE_DISPUTES, Map.of("merges", merges)).consume();
        }
        tx.run(LinkCypher.ASSIGN_DISPUTES, Map.of("assignments", assignments)).consume();
    }

    /** Plain union-find over string ids; groups come out sorted so the surviving dispute is deterministic. */
    static final class UnionFind {

        private final Map<String, String> parent = new HashMap<>();

        void add(String id) {
            parent.putIfAbsent(id, id);
        }

        String find(String id) {
            add(id);
            String root = id;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            parent.put(id, root);
            return root;
        }

        void union(String a, String b) {
            String rootA = find(a);
            String rootB = find(b);
            if (!rootA.equals(rootB)) {
                parent.put(rootB, rootA);
            }
        }

        List<TreeSet<String>> groups() {
            Map<String, TreeSet<String>> byRoot = new HashMap<>();
            for (String id : new ArrayList<>(parent.keySet())) {
                byRoot.computeIfAbsent(find(id), root -> new TreeSet<>()).add(id);
            }
            return new ArrayList<>(byRoot.values());
        }
    }
}
