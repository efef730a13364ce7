package org.disputehub.synthetic;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Small generated sets, made once per test run and shared by the tests that only read them. */
final class GeneratedSets {

    static final GeneratorOptions NORMAL = GeneratorOptions.forRecords(1_500).withPoliceSql(true).withBadRate(0.02);
    static final GeneratorOptions HARD = GeneratorOptions.forRecords(1_500).withHard(true).withSeed(4711);

    private static Path normal;
    private static Path hard;

    private GeneratedSets() {
    }

    static synchronized Path normal() {
        if (normal == null) {
            normal = generate(NORMAL);
        }
        return normal;
    }

    static synchronized Path hard() {
        if (hard == null) {
            hard = generate(HARD);
        }
        return hard;
    }

    static Path generate(GeneratorOptions options) {
        try {
            Path out = Files.createTempDirectory("synthetic-sources-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(out)));
            SyntheticSources.generate(options, out);
            return out;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException e) {
            // a temporary folder left behind is no reason to fail
        }
    }

    /** Rows of a truth file, by column name. */
    static List<Map<String, String>> truth(Path set, String file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(set.resolve("truth").resolve(file), StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(record.toMap());
            }
            return rows;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path set, String folder, String glob) {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(set.resolve(folder), glob)) {
            stream.forEach(files::add);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }
}
