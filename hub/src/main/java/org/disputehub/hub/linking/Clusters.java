package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups items joined by scored edges, strongest edge first, refusing a join its check forbids (two valid ID
 * numbers in one person, say). Ties break on the items' keys, so the same edges give the same groups in any
 * order they were found.
 *
 * @param <T> what is grouped
 */
final class Clusters<T> {

    /** An edge between two items with the evidence that drew it. */
    record Edge<T>(String from, String to, double score, T evidence) {
    }

    /** Whether two groups (as their members' keys) may become one through an edge. */
    @FunctionalInterface
    interface JoinCheck<T> {
        boolean mayJoin(Set<String> a, Set<String> b, Edge<T> through);
    }

    /** An item's group and the strongest edge that put it there (null when it stands alone). */
    record Placement<T>(int group, Edge<T> via) {
    }

    private Clusters() {
    }

    /**
     * @param keys      every item, by key
     * @param edges     accepted edges between items
     * @param mayJoin   whether two groups may become one through an edge
     */
    static <T> Map<String, Placement<T>> group(Set<String> keys, List<Edge<T>> edges, JoinCheck<T> mayJoin) {
        Map<String, Set<String>> groupOf = new HashMap<>();
        for (String key : keys) {
            Set<String> group = new TreeSet<>();
            group.add(key);
            groupOf.put(key, group);
        }
        Map<String, Edge<T>> via = new HashMap<>();
        List<Edge<T>> ordered = new ArrayList<>(edges);
        ordered.sort(Comparator.<Edge<T>>comparingDouble(edge -> -edge.score())
            .thenComparing(edge -> edge.from().compareTo(edge.to()) < 0 ? edge.from() + "|" + edge.to()
                    : edge.to() + "|" + edge.from()));
        for (Edge<T> edge : ordered) {
            Set<String> a = groupOf.get(edge.from());
            Set<String> b = groupOf.get(edge.to());
            if (a == null || b == null) {
                continue;
            }
            if (a != b && mayJoin.mayJoin(a, b, edge)) {
                Set<String> into = a.size() >= b.size() ? a : b;
                Set<String> from = into == a ? b : a;
                into.addAll(from);
                from.forEach(key -> groupOf.put(key, into));
            }
            if (groupOf.get(edge.from()) == groupOf.get(edge.to())) {
                via.putIfAbsent(edge.from(), edge);
                via.putIfAbsent(edge.to(), edge);
            }
        }
        // Number groups by their smallest key, so numbering does not depend on map order.
        Map<String, Integer> numbers = new TreeMap<>();
        for (Set<String> group : new HashSet<>(groupOf.values())) {
            numbers.put(((TreeSet<String>) group).first(), 0);
        }
        int next = 0;
        for (Map.Entry<String, Integer> entry : numbers.entrySet()) {
            entry.setValue(next++);
        }
        Map<String, Placement<T>> placements = new HashMap<>();
        for (String key : keys) {
            TreeSet<String> group = (TreeSet<String>) groupOf.get(key);
            placements.put(key, new Placement<>(numbers.get(group.first()), via.get(key)));
        }
        return placements;
    }
}
