package org.disputehub.connector.petition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/** A file's header row: finds a column by name wherever the file put it. */
final class PetitionHeader {

    private final int size;
    private final Map<String, Integer> positions = new HashMap<>();

    PetitionHeader(CSVRecord header) {
        this.size = header.size();
        for (int i = 0; i < header.size(); i++) {
            // first occurrence wins; a stray space around a name must not hide the column
            positions.putIfAbsent(header.get(i).strip(), i);
        }
    }

    int size() {
        return size;
    }

    /** Required columns this header does not have. */
    List<String> missingRequired() {
        return PetitionColumns.REQUIRED.stream().filter(name -> !positions.containsKey(name)).toList();
    }

    /** The value exactly as written, or null when the column is absent. */
    String value(CSVRecord row, String column) {
        Integer position = positions.get(column);
        return position == null || position >= row.size() ? null : row.get(position);
    }
}
