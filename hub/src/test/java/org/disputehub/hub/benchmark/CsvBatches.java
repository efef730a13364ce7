package org.disputehub.hub.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;

/** Streams a CSV file with a header in batches of rows, so no loader holds a whole file. */
final class CsvBatches {

    private CsvBatches() {
    }

    /** Hands each batch of mapped rows to {@code handle}; rows mapped to null are skipped. */
    static void forEach(Path csv, int batch, Function<CSVRecord, Map<String, Object>> toRow,
            Consumer<List<Map<String, Object>>> handle) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Map<String, Object> mapped = toRow.apply(row);
                if (mapped != null) {
                    rows.add(mapped);
                }
                if (rows.size() == batch) {
                    handle.accept(List.copyOf(rows));
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) {
                handle.accept(List.copyOf(rows));
            }
        }
    }

    /** Runs {@code cypher} once per batch, with the rows as {@code $rows}, one transaction each. */
    static void write(Driver driver, String cypher, Path csv, int batch, Function<CSVRecord, Map<String, Object>> toRow)
            throws IOException {
        try (var session = driver.session()) {
            forEach(csv, batch, toRow,
                    rows -> session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", rows)).consume()));
        }
    }
}
