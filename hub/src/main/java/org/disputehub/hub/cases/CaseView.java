package org.disputehub.hub.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.disputehub.connector.api.Source;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** A case as the API shows it: the common fields, and the channel's own ones as name/value details. */
public record CaseView(String id, Source source, String sourceId, double version, String category, String status,
        String state, OffsetDateTime reportedAt, OffsetDateTime updatedAt, OffsetDateTime closedAt, String content,
        String address, String origin, List<Detail> details) {

    /** Channel-specific fields are stored with this prefix so they never clash with the common ones. */
    public static final String DETAIL_PREFIX = "d_";

    public record Detail(String name, String value) {
    }

    /**
     * What {@link #of} reads of a case {@code %1$s}, as a Cypher map. A read returning many cases sends this
     * instead of the whole node, whose linking facts (party names, counterparties) the API never shows.
     */
    public static final String CYPHER_PROJECTION = "%1$s {.key, .source, .sourceId, .version, .category, .status, "
            + ".state, .reportedAt, .updatedAt, .closedAt, .content, .address, .origin, detailProperties: "
            + "[property IN keys(%1$s) WHERE property STARTS WITH '" + DETAIL_PREFIX + "' | [property, %1$s[property]]]}";

    /** A case node, or a case as {@link #CYPHER_PROJECTION} returned it. */
    public static CaseView of(MapAccessor caseProperties) {
        // Only the detail properties are converted; the common ones are read one by one below.
        Map<String, String> detailValues = new TreeMap<>();
        for (String key : caseProperties.keys()) {
            if (key.startsWith(DETAIL_PREFIX)) {
                detailValues.put(key.substring(DETAIL_PREFIX.length()), detail(caseProperties.get(key)));
            }
        }
        if (caseProperties.containsKey("detailProperties")) {
            for (Value pair : caseProperties.get("detailProperties").values()) {
                detailValues.put(pair.get(0).asString().substring(DETAIL_PREFIX.length()), detail(pair.get(1)));
            }
        }
        List<Detail> details = detailValues.entrySet().stream()
            .map(entry -> new Detail(entry.getKey(), entry.getValue()))
            .toList();
        return new CaseView(caseProperties.get("key").asString(), Source.valueOf(caseProperties.get("source").asString()),
                caseProperties.get("sourceId").asString(), caseProperties.get("version").asDouble(),
                text(caseProperties.get("category")), text(caseProperties.get("status")),
                text(caseProperties.get("state")), time(caseProperties.get("reportedAt")),
                time(caseProperties.get("updatedAt")), time(caseProperties.get("closedAt")),
                text(caseProperties.get("content")), text(caseProperties.get("address")),
                text(caseProperties.get("origin")), details);
    }

    static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static String detail(Value value) {
        return String.valueOf(value.asObject());
    }

    static OffsetDateTime time(Value value) {
        if (value.isNull()) {
            return null;
        }
        return value.asOffsetDateTime();
    }
}
