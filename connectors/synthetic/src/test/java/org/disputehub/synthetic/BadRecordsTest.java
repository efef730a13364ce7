package org.disputehub.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The lines bad.csv lists are broken for the reason it gives, and no other line is. */
class BadRecordsTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Path set = GeneratedSets.normal();
    private final Map<String, String> reasons = new HashMap<>();

    BadRecordsTest() {
        for (Map<String, String> row : GeneratedSets.truth(set, "bad.csv")) {
            reasons.put(row.get("file") + ":" + row.get("locator").substring("line:".length()), row.get("reason"));
        }
    }

    @Test
    void aboutTheAskedShareOfRecordsIsBad() {
        int cases = GeneratedSets.truth(set, "cases.csv").size();
        assertThat(reasons.size()).isBetween((int) (cases * GeneratedSets.NORMAL.badRate() / 2),
                (int) (cases * GeneratedSets.NORMAL.badRate() * 2));
        assertThat(Set.copyOf(reasons.values())).contains("missing_primary_key", "unparsable_date", "truncated_json",
                "wrong_column_count", "invalid_encoding");
    }

    @Test
    void jsonLinesAreBrokenExactlyWhereListed() {
        for (String folder : List.of("hotline", "police")) {
            String key = folder.equals("hotline") ? "orderNo" : "incidentNo";
            List<String> dates = folder.equals("hotline") ? List.of("receivedAt", "updatedAt")
                    : List.of("reportedAt", "updatedAt");
            for (Path file : GeneratedSets.files(set, folder, "*.jsonl")) {
                List<String> lines = SourceFiles.readLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String locator = folder + "/" + file.getFileName() + ":" + (i + 1);
                    assertThat(jsonProblem(lines.get(i), key, dates)).as(locator).isEqualTo(reasons.get(locator));
                }
            }
        }
    }

    @Test
    void petitionRowsAreBrokenExactlyWhereListed() {
        for (Path file : GeneratedSets.files(set, "petition", "*.csv")) {
            List<byte[]> lines = SourceFiles.byteLines(file);
            String header = SourceFiles.decodeStrict(lines.get(0));
            for (int i = 1; i < lines.size(); i++) {
                String locator = "petition/" + file.getFileName() + ":" + (i + 1);
                assertThat(petitionProblem(header, lines.get(i))).as(locator).isEqualTo(reasons.get(locator));
            }
        }
    }

    private static String jsonProblem(String line, String key, List<String> dates) {
        JsonNode node = SourceFiles.parseOrNull(line);
        if (node == null) {
            return "truncated_json";
        }
        if (node.get(key) == null || node.get(key).isNull() || node.get(key).asString().isEmpty()) {
            return "missing_primary_key";
        }
        for (String field : dates) {
            try {
                OffsetDateTime.parse(node.get(field).asString());
            }
            catch (DateTimeParseException e) {
                return "unparsable_date";
            }
        }
        return null;
    }

    private static String petitionProblem(String header, byte[] line) {
        String text;
        try {
            text = SourceFiles.decodeStrict(line);
        }
        catch (IllegalArgumentException e) {
            return "invalid_encoding";
        }
        CSVRecord record = SourceFiles.parse(header + "\r\n" + text);
        if (record.size() != PetitionExports.HEADERS.length) {
            return "wrong_column_count";
        }
        if (record.get("信访件编号").isEmpty()) {
            return "missing_primary_key";
        }
        try {
            LocalDateTime.parse(record.get("更新时间"), LOCAL);
        }
        catch (DateTimeParseException e) {
            return "unparsable_date";
        }
        return null;
    }
}
