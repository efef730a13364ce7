package org.disputehub.synthetic;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Breaks a JSON record the ways real exports break: no key, a date nobody can parse, a cut-off line. */
final class JsonDamage {

    static final String[] REASONS = {"missing_primary_key", "unparsable_date", "truncated_json"};
    static final String[] BAD_DATES = {
        "N/A", "2026-13-05T10:00:00+08:00", "15-03-2026 09:12", "2026-02-30T09:12:33+08:00", "昨天下午"};

    private JsonDamage() {
    }

    static String damage(JsonMapper json, Object record, String keyField, String[] dateFields, String reason,
                         Dice dice) {
        if (reason.equals("truncated_json")) {
            String line = json.writeValueAsString(record);
            return line.substring(0, dice.between(line.length() / 3, line.length() * 9 / 10));
        }
        ObjectNode node = json.valueToTree(record);
        if (reason.equals("missing_primary_key")) {
            switch (dice.below(3)) {
                case 0 -> node.remove(keyField);
                case 1 -> node.putNull(keyField);
                default -> node.put(keyField, "");
            }
        }
        else {
            node.put(dice.pick(dateFields), dice.pick(BAD_DATES));
        }
        return json.writeValueAsString(node);
    }
}
