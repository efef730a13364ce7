package org.disputehub.connector.support;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.disputehub.connector.api.QuarantinedRecord;

import tools.jackson.databind.JsonNode;

/** Reading typed fields out of a source's JSON object, rejecting a record with a clear reason. */
public final class JsonRecords {

    private JsonRecords() {
    }

    /** A key field: absent or blank rejects the record as {@code missing_primary_key}. */
    public static String key(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new RecordRejectedException(QuarantinedRecord.MISSING_PRIMARY_KEY, "missing " + field);
        }
        return value.strip();
    }

    /** Text or null; numbers are given as their text. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    public static String requiredText(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new RecordRejectedException(QuarantinedRecord.MISSING_FIELD, "missing " + field);
        }
        return value;
    }

    public static OffsetDateTime requiredTime(JsonNode node, String field) {
        return SourceTimes.isoOffset(field, requiredText(node, field));
    }

    public static OffsetDateTime optionalTime(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : SourceTimes.isoOffset(field, value);
    }

    public static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    public static long requiredLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new RecordRejectedException(QuarantinedRecord.MISSING_FIELD, "missing " + field);
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        try {
            return Long.parseLong(value.asString().strip());
        }
        catch (NumberFormatException ex) {
            throw new RecordRejectedException(QuarantinedRecord.INVALID_VALUE,
                    "field " + field + " is not a whole number: '" + value + "'");
        }
    }

    public static List<String> texts(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> result = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (!item.isNull() && !item.asString().isBlank()) {
                    result.add(item.asString().strip());
                }
            });
        }
        return result;
    }
}
