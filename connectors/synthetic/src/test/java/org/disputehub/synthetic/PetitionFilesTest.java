package org.disputehub.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PetitionFilesTest {

    private final Path set = GeneratedSets.normal();

    @Test
    void everyTwoWeeksAFileInGb18030WithTheEighteenHeaders() throws IOException {
        List<Path> files = GeneratedSets.files(set, "petition", "*.csv");
        LocalDate start = GeneratedSets.NORMAL.start();
        assertThat(files.get(0).getFileName()).hasToString("petitions-" + start.plusDays(13) + ".csv");
        assertThat(files.get(files.size() - 1).getFileName())
                .hasToString("petitions-" + GeneratedSets.NORMAL.end() + ".csv");
        assertThat(files).hasSize((GeneratedSets.NORMAL.days() + 13) / 14);
        Set<String> invalid = SourceFiles.badLocators(set);
        boolean permuted = false;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes[0]).as("no byte-order mark").isNotEqualTo((byte) 0xEF);
            List<byte[]> lines = SourceFiles.byteLines(file);
            String[] header = SourceFiles.decodeStrict(lines.get(0)).split(",");
            assertThat(header).containsExactlyInAnyOrder(PetitionExports.HEADERS);
            permuted |= !header[0].equals(PetitionExports.HEADERS[0]);
            for (int i = 1; i < lines.size(); i++) {
                String locator = "petition/" + file.getFileName() + ":" + (i + 1);
                if (!invalid.contains(locator)) {
                    assertThat(SourceFiles.decodeStrict(lines.get(i))).as(locator).isNotBlank();
                }
            }
        }
        assertThat(permuted).as("some file lists its columns in another order").isTrue();
    }

    @Test
    void groupPetitionsAndRepeatsReferToTheirFirstPetition() {
        var rows = SourceFiles.petitionRows(set, SourceFiles.badLocators(set));
        assertThat(rows).anyMatch(row -> Integer.parseInt(row.value().get("人数")) > 2);
        var numbers = rows.stream().map(row -> row.value().get("信访件编号")).collect(java.util.stream.Collectors.toSet());
        var repeats = rows.stream().filter(row -> row.value().get("重复信访").equals("是")).toList();
        assertThat(repeats).isNotEmpty();
        for (var repeat : repeats) {
            String first = repeat.value().get("首次信访件编号");
            if (!first.isEmpty()) {
                assertThat(numbers).contains(first);
                assertThat(first).isLessThan(repeat.value().get("信访件编号"));
            }
        }
    }
}
