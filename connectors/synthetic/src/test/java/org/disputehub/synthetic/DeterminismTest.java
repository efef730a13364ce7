package org.disputehub.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    private static final GeneratorOptions SMALL = GeneratorOptions.forRecords(600).withPoliceSql(true);

    @Test
    void sameSeedGivesIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        SyntheticSources.generate(SMALL, first);
        SyntheticSources.generate(SMALL, second);

        List<Path> files = relativeFiles(first);
        assertThat(relativeFiles(second)).isEqualTo(files);
        assertThat(files).contains(Path.of("hotline/work-orders-001.jsonl"), Path.of("police/incidents-001.jsonl"),
                Path.of("police/police.sql"), Path.of("truth/summary.json"), Path.of("truth/mention_text.csv"));
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesOtherData(@TempDir Path first, @TempDir Path second) throws IOException {
        SyntheticSources.generate(SMALL, first);
        SyntheticSources.generate(SMALL.withSeed(1), second);

        assertThat(Files.readString(second.resolve("truth/persons.csv")))
                .isNotEqualTo(Files.readString(first.resolve("truth/persons.csv")));
    }

    @Test
    void regeneratingIntoAFolderRemovesFilesOfTheEarlierSet(@TempDir Path out) throws IOException {
        SyntheticSources.generate(SMALL.withPeriod(SMALL.start(), 120), out);
        SyntheticSources.generate(SMALL.withPeriod(SMALL.start(), 30), out);

        assertThat(GeneratedSets.files(out, "petition", "*.csv")).hasSize(3);
        assertThat(GeneratedSets.files(out, "hotline", "*.jsonl")).hasSize(1);
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
