package org.disputehub.connector.hotline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.support.JsonLinesReader;
import org.disputehub.connector.support.JsonRecords;

import tools.jackson.databind.JsonNode;

/**
 * Maps one hotline WorkOrder (SOURCES.md §1) onto a {@link CaseRecord}. The same mapping serves the JSON Lines
 * export and the live API, so both transports store identical cases.
 */
public final class WorkOrderMapper implements JsonLinesReader.LineMapper {

    public static final String CALLER_KEY = "caller";
    public static final String CALLER_ROLE = "来电人";

    /** Statuses after which nothing more is done on the order; RETURNED goes back for re-dispatch, so stays open. */
    private static final Set<String> RESOLVED_STATUSES = Set.of("RESOLVED", "CLOSED");

    private static final List<String> DETAIL_FIELDS = List.of("channel", "appealType", "assignedUnit", "satisfaction");

    @Override
    public CaseRecord map(JsonNode order, Origin origin) {
        String orderNo = JsonRecords.key(order, "orderNo");
        long version = JsonRecords.requiredLong(order, "version");
        var reportedAt = JsonRecords.requiredTime(order, "receivedAt");
        var updatedAt = JsonRecords.requiredTime(order, "updatedAt");
        var closedAt = JsonRecords.optionalTime(order, "closedAt");
        String status = JsonRecords.text(order, "status");
        return new CaseRecord(
                Source.HOTLINE,
                orderNo,
                version,
                reportedAt,
                updatedAt,
                JsonRecords.text(order, "category"),
                status,
                state(status),
                closedAt,
                JsonRecords.text(order, "content"),
                JsonRecords.text(order, "address"),
                JsonRecords.text(order, "areaCode"),
                null,
                details(order),
                caller(order.get(CALLER_KEY)),
                references(order),
                origin);
    }

    static CaseState state(String status) {
        return status != null && RESOLVED_STATUSES.contains(status.strip()) ? CaseState.RESOLVED : CaseState.OPEN;
    }

    private static Map<String, Object> details(JsonNode order) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (String field : DETAIL_FIELDS) {
            String value = JsonRecords.text(order, field);
            if (value != null) {
                details.put(field, value);
            }
        }
        return details;
    }

    /**
     * The caller as written. Every order was received from someone, so an anonymous caller (no name, phone or
     * ID) is still a party: the order's address and content may yet tie it to a person.
     */
    private static List<PartyMention> caller(JsonNode caller) {
        boolean given = caller != null && caller.isObject();
        String name = given ? JsonRecords.text(caller, "name") : null;
        String phone = given ? JsonRecords.text(caller, "phone") : null;
        String idNumber = given ? JsonRecords.text(caller, "idNumber") : null;
        return List.of(new PartyMention(CALLER_KEY, CALLER_ROLE, name, idNumber, phone, null));
    }

    private static List<CaseReference> references(JsonNode order) {
        return JsonRecords.texts(order, "relatedOrderNos")
            .stream()
            .distinct()
            .map(orderNo -> new CaseReference(Source.HOTLINE, orderNo, CaseReference.RELATED_ORDER))
            .toList();
    }
}
