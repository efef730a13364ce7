package org.disputehub.hub.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lays batch-loaded children out against the parents that asked for them, in the parents' order. */
public final class Batches {

    private Batches() {
    }

    public static <P, V> Map<P, List<V>> lists(Collection<P> parents, Function<P, String> keyOf,
            Map<String, List<V>> byKey) {
        Map<P, List<V>> result = new LinkedHashMap<>();
        parents.forEach(parent -> result.put(parent, byKey.getOrDefault(keyOf.apply(parent), List.of())));
        return result;
    }

    /** Parents without a value are left out, which GraphQL answers as null. */
    public static <P, V> Map<P, V> singles(Collection<P> parents, Function<P, String> keyOf, Map<String, V> byKey) {
        Map<P, V> result = new LinkedHashMap<>();
        parents.forEach(parent -> {
            V value = byKey.get(keyOf.apply(parent));
            if (value != null) {
                result.put(parent, value);
            }
        });
        return result;
    }
}
