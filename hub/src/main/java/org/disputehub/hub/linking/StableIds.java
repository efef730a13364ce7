package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Gives regrouped items' groups the ids they had: each group keeps the old id most of its members carried,
 * each old id goes to one group at most, and a group with none gets a new id. Links a user has seen stay
 * valid while the groups around them grow.
 */
final class StableIds {

    private StableIds() {
    }

    /**
     * @param groupOf  each item's new group number
     * @param oldIdOf  each item's old id (null or missing: none)
     * @return id by group number
     */
    static Map<Integer, String> assign(Map<String, Integer> groupOf, Map<String, String> oldIdOf) {
        Map<Integer, Map<String, Integer>> votes = new HashMap<>();
        for (Map.Entry<String, Integer> entry : groupOf.entrySet()) {
            String old = oldIdOf.get(entry.getKey());
            if (old != null) {
                votes.computeIfAbsent(entry.getValue(), group -> new HashMap<>()).merge(old, 1, Integer::sum);
            }
        }
        record Vote(int group, String id, int count) {
        }
        List<Vote> ranked = new ArrayList<>();
        votes.forEach((group, counts) -> counts.forEach((id, count) -> ranked.add(new Vote(group, id, count))));
        ranked.sort(Comparator.comparingInt((Vote vote) -> -vote.count()).thenComparing(Vote::id)
            .thenComparingInt(Vote::group));
        Map<Integer, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Vote vote : ranked) {
            if (!ids.containsKey(vote.group()) && taken.add(vote.id())) {
                ids.put(vote.group(), vote.id());
            }
        }
        for (Integer group : new HashSet<>(groupOf.values())) {
            ids.computeIfAbsent(group, unused -> UUID.randomUUID().toString());
        }
        return ids;
    }
}
