package org.disputehub.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a generated set's source files back the way a consumer would, skipping the lines bad.csv lists. */
final class SourceFiles {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A parsed JSON line or petition row and where it came from. */
    record Line<T>(String file, int number, T value) {
    }

    private SourceFiles() {
    }

    /** "hotline/work-orders-001.jsonl:12" for every line listed in truth/bad.csv. */
    static Set<String> badLocators(Path set) {
        Set<String> locators = new HashSet<>();
        for (Map<String, String> row : GeneratedSets.truth(set, "bad.csv")) {
            locators.add(row.get("file") + ":" + row.get("locator").substring("line:".length()));
        }
        return locators;
    }

    static List<Line<JsonNode>> jsonLines(Path set, String folder, Set<String> skip) {
        List<Line<JsonNode>> lines = new ArrayList<>();
        for (Path file : GeneratedSets.files(set, folder, "*.jsonl")) {
            String name = folder + "/" + file.getFileName();
            List<String> text = readLines(file);
            for (int i = 0; i < text.size(); i++) {
                if (!skip.contains(name + ":" + (i + 1))) {
                    lines.add(new Line<>(name, i + 1, JSON.readTree(text.get(i))));
                }
            }
        }
        return lines;
    }

    /** Whether a JSON line parses at all. */
    static JsonNode parseOrNull(String line) {
        try {
            return JSON.readTree(line);
        }
        catch (JacksonException e) {
            return null;
        }
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Petition rows by header name; a file's lines listed in {@code skip} are left out. */
    static List<Line<Map<String, String>>> petitionRows(Path set, Set<String> skip) {
        List<Line<Map<String, String>>> rows = new ArrayList<>();
        for (Path file : GeneratedSets.files(set, "petition", "*.csv")) {
            String name = "petition/" + file.getFileName();
            List<byte[]> lines = byteLines(file);
            String header = decodeStrict(lines.get(0));
            for (int i = 1; i < lines.size(); i++) {
                if (skip.contains(name + ":" + (i + 1))) {
                    continue;
                }
                CSVRecord record = parse(header + "\r\n" + decodeStrict(lines.get(i)));
                rows.add(new Line<>(name, i + 1, record.toMap()));
            }
        }
        return rows;
    }

    static CSVRecord parse(String headerAndRow) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try {
            return format.parse(new StringReader(headerAndRow)).getRecords().get(0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's lines as bytes, split at CRLF (no field of ours contains a line break). */
    static List<byte[]> byteLines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
                i++;
            }
        }
        if (start != bytes.length) {
            throw new IllegalStateException(file + " does not end with CRLF");
        }
        return lines;
    }

    static String decodeStrict(byte[] line) {
        try {
            return PetitionExports.GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        }
        catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not GB18030", e);
        }
    }
}
