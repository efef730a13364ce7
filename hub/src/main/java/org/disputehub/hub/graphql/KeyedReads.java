package org.disputehub.hub.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Batch reads for child fields: the Cypher takes all parent keys as {@code $keys} and returns rows of
 * {@code key} and a node {@code item}; one round trip serves a whole page of parents.
 */
@Component
public class KeyedReads {

    private final Neo4jClient neo4j;

    public KeyedReads(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public <V> Map<String, List<V>> lists(String cypher, Collection<String> keys, Function<Node, V> mapper) {
        Map<String, List<V>> result = new HashMap<>();
        rows(cypher, keys, itemOf(mapper)).forEach(row -> result.computeIfAbsent(row.key(), key -> new ArrayList<>())
            .add(row.value()));
        return result;
    }

    /** The first row's item per key. */
    public <V> Map<String, V> singles(String cypher, Collection<String> keys, Function<Node, V> mapper) {
        Map<String, V> result = new HashMap<>();
        rows(cypher, keys, itemOf(mapper)).forEach(row -> result.putIfAbsent(row.key(), row.value()));
        return result;
    }

    private static <V> Function<Record, V> itemOf(Function<Node, V> mapper) {
        return record -> mapper.apply(record.get("item").asNode());
    }

    private <V> Collection<Row<V>> rows(String cypher, Collection<String> keys, Function<Record, V> mapper) {
        @SuppressWarnings("unchecked")
        Class<Row<V>> type = (Class<Row<V>>) (Class<?>) Row.class;
        return neo4j.query(cypher)
            .bind(List.copyOf(keys)).to("keys")
            .fetchAs(type)
            .mappedBy((types, record) -> new Row<>(record.get("key").asString(), mapper.apply(record)))
            .all();
    }

    private record Row<V>(String key, V value) {
    }
}
