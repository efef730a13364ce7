package org.disputehub.connector.hotline.http;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Work orders and API pages as JSON text, for the fake API. */
final class WorkOrderJson {

    private WorkOrderJson() {
    }

    static String order(String orderNo, int version, String updatedAt) {
        return """
                {"orderNo": "%s", "version": %d, "channel": "PHONE", "receivedAt": "2026-03-01T08:00:00+08:00", \
                "updatedAt": "%s", "caller": {"name": "王女士", "phone": "13912345678", "idNumber": null}, \
                "appealType": "投诉", "category": "邻里纠纷", "content": "邻居噪音扰民。", "address": "红星村3组12号", \
                "areaCode": null, "assignedUnit": null, "status": "DISPATCHED", "closedAt": null, \
                "satisfaction": null, "relatedOrderNos": []}""".formatted(orderNo, version, updatedAt);
    }

    static String page(String nextCursor, String... items) {
        String cursor = nextCursor == null ? "null" : "\"" + nextCursor + "\"";
        return "{\"items\": [" + Arrays.stream(items).collect(Collectors.joining(", ")) + "], \"nextCursor\": "
                + cursor + "}";
    }
}
