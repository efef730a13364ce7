package org.disputehub.synthetic;

import java.util.Map;

/** Keys that join truth rows. */
final class GeneratedSetsKeys {

    private GeneratedSetsKeys() {
    }

    static String mentionKey(Map<String, String> row) {
        return row.get("source") + "|" + row.get("source_id") + "|" + row.get("mention_key");
    }

    static String caseKey(Map<String, String> row) {
        return row.get("source") + "|" + row.get("source_id");
    }
}
