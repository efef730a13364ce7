package org.disputehub.connector.police;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;

import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.support.RecordRejectedException;
import org.disputehub.connector.support.SourceTimes;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * Typed access to one result row. Drivers differ in the case of column names and in the Java types they return
 * for the same SQL type, so both are taken as they come.
 */
final class SqlColumns {

    private final Map<String, Object> values;

    private SqlColumns(Map<String, Object> values) {
        this.values = values;
    }

    static SqlColumns of(Map<String, ?> row) {
        Map<String, Object> values = new LinkedCaseInsensitiveMap<>(row.size());
        values.putAll(row);
        return new SqlColumns(values);
    }

    String text(String column) {
        Object value = values.get(column);
        return value == null ? null : value.toString();
    }

    LocalDateTime localDateTime(String column) {
        Object value = values.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof LocalDateTime local) {
            return local;
        }
        if (value instanceof OffsetDateTime offset) {
            // a TIMESTAMP WITH TIME ZONE view column: read it as the sources' local time
            return offset.withOffsetSameInstant(SourceTimes.LOCAL_OFFSET).toLocalDateTime();
        }
        throw invalid(column, value);
    }

    Boolean bool(String column) {
        Object value = values.get(column);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof Number number) {
            // databases without a BOOLEAN type store flags as 0/1
            return number.intValue() != 0;
        }
        throw invalid(column, value);
    }

    Integer integer(String column) {
        Object value = values.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().strip());
        }
        catch (NumberFormatException ex) {
            throw invalid(column, value);
        }
    }

    private static RecordRejectedException invalid(String column, Object value) {
        return new RecordRejectedException(QuarantinedRecord.INVALID_VALUE,
                "column " + column + " has an unexpected value: '" + value + "' (" + value.getClass().getName() + ")");
    }
}
