package org.disputehub.hub.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.disputehub.connector.api.Source;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** A case as the API shows it: the common fields, and the channel's own ones as name/value details. */
public record CaseView(String id, Source source, String sourceId, double version, String category, String status,
        String state, OffsetDateTime reportedAt, OffsetDateTime updatedAt, OffsetDateTime closedAt, String content,
        String address, String origin, List<Detail> details) {

    /** Channel-specific fields are stored with this prefix so they never clash with the common ones. */
    public static final String DETAIL_PREFIX = "d_";

    public record Detail(String name, String value) {
    }

    public static CaseView of(Node node) {
        // Only the detail properties are converted; the common ones are read one by one below.
        Map<String, String> detailValues = new TreeMap<>();
        for (String key : node.keys()) {
            if (key.startsWith(DETAIL_PREFIX)) {
                detailValues.put(key.substring(DETAIL_PREFIX.length()), String.valueOf(node.get(key).asObject()));
            }
        }
        List<Detail> details = detailValues.entrySet().stream()
            .map(entry -> new Detail(entry.getKey(), entry.getValue()))
            .toList();
        return new CaseView(node.get("key").asString(), Source.valueOf(node.get("source").asString()),
                node.get("sourceId").asString(), node.get("version").asDouble(), text(node.get("category")),
                text(node.get("status")), text(node.get("state")), time(node.get("reportedAt")),
                time(node.get("updatedAt")), time(node.get("closedAt")), text(node.get("content")),
                text(node.get("address")), text(node.get("origin")), details);
    }

    static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    static OffsetDateTime time(Value value) {
        if (value.isNull()) {
            return null;
        }
        return value.asOffsetDateTime();
    }
}
