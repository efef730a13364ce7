package org.disputehub.connector.petition;

import static org.disputehub.connector.petition.PetitionColumns.CONCLUDED;
import static org.disputehub.connector.petition.PetitionColumns.NUMBER;
import static org.disputehub.connector.petition.PetitionColumns.REGISTERED;
import static org.disputehub.connector.petition.PetitionColumns.UPDATED;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.support.RecordRejectedException;
import org.disputehub.connector.support.SourceTimes;

/**
 * One petitioner's row that passed the checks: the petition's own columns (repeated on every row of a group
 * petition) plus this petitioner's.
 *
 * @param line   physical line the row starts on
 * @param number the petition number, stripped
 * @param values the columns by header name, exactly as written
 */
record PetitionRow(long line, String number, OffsetDateTime updatedAt, OffsetDateTime registeredAt,
        OffsetDateTime concludedAt, Function<String, String> values) {

    /** Checks one data row; throws {@link RecordRejectedException} with the quarantine reason. */
    static PetitionRow of(PetitionHeader header, CSVRecord record, long line) {
        if (record.size() != header.size()) {
            throw new RecordRejectedException(QuarantinedRecord.WRONG_COLUMN_COUNT,
                    "row has " + record.size() + " columns, the header has " + header.size());
        }
        List<String> missingColumns = header.missingRequired();
        if (!missingColumns.isEmpty()) {
            throw new RecordRejectedException(QuarantinedRecord.MISSING_FIELD,
                    "the file's header has no column " + String.join(", ", missingColumns));
        }
        String number = header.value(record, NUMBER);
        if (isBlank(number)) {
            throw new RecordRejectedException(QuarantinedRecord.MISSING_PRIMARY_KEY, "missing " + NUMBER);
        }
        OffsetDateTime updatedAt = SourceTimes.localDateTime(UPDATED, required(header, record, UPDATED));
        OffsetDateTime registeredAt = SourceTimes.localDate(REGISTERED, required(header, record, REGISTERED));
        String concluded = header.value(record, CONCLUDED);
        OffsetDateTime concludedAt = isBlank(concluded) ? null : SourceTimes.localDate(CONCLUDED, concluded);
        return new PetitionRow(line, number.strip(), updatedAt, registeredAt, concludedAt,
                column -> header.value(record, column));
    }

    /** The column exactly as written; null when absent or empty. */
    String asWritten(String column) {
        String value = values.apply(column);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The column without surrounding spaces; null when absent or blank. */
    String text(String column) {
        String value = values.apply(column);
        return isBlank(value) ? null : value.strip();
    }

    private static String required(PetitionHeader header, CSVRecord record, String column) {
        String value = header.value(record, column);
        if (isBlank(value)) {
            throw new RecordRejectedException(QuarantinedRecord.MISSING_FIELD, "missing " + column);
        }
        return value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
