package org.disputehub.hub.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled data sets in {@code ../shared/datasets}, present on developer machines and in CI but not in a
 * user's clone: tests that use them skip when they are absent.
 */
public final class SharedDataset {

    private SharedDataset() {
    }

    public static Path dev() {
        String configured = System.getProperty("hub.shared.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        return shared.resolve("datasets").resolve("dev").toAbsolutePath().normalize();
    }

    public static boolean present(Path dataset) {
        return Files.isDirectory(dataset.resolve("truth"));
    }

    /** Rows per source in a truth CSV with a {@code source} column. */
    public static Map<String, Long> countBySource(Path truthCsv) throws IOException {
        try (Reader reader = Files.newBufferedReader(truthCsv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                .collect(Collectors.groupingBy((CSVRecord row) -> row.get("source"), TreeMap::new,
                        Collectors.counting()));
        }
    }
}
