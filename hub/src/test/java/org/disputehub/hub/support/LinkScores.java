package org.disputehub.hub.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Pairwise precision, recall and F1 of the hub's exported links against a truth folder, counted the way
 * {@code ../shared/tools/eval_linking.py} counts them (cluster contingency tables; a missing or null id is a
 * singleton), and the hot-dispute recall and precision.
 */
public final class LinkScores {

    public record Score(double precision, double recall) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return "P %.3f R %.3f F1 %.3f".formatted(precision, recall, f1());
        }
    }

    public record Scores(Score persons, Score households, Score disputes, Score hot) {
    }

    private LinkScores() {
    }

    @SuppressWarnings("unchecked")
    public static Scores score(Path truth, Map<String, Object> export) throws IOException {
        Map<String, Map<String, Object>> mentions = index((List<Map<String, Object>>) export.get("mentions"),
                row -> key(row.get("source"), row.get("sourceId"), row.get("mentionKey")));
        Map<String, Map<String, Object>> cases = index((List<Map<String, Object>>) export.get("cases"),
                row -> key(row.get("source"), row.get("sourceId")));
        List<String[]> personPairs = new ArrayList<>();
        List<String[]> householdPairs = new ArrayList<>();
        for (CSVRecord row : csv(truth.resolve("mentions.csv"))) {
            String key = key(row.get("source"), row.get("source_id"), row.get("mention_key"));
            Map<String, Object> predicted = mentions.getOrDefault(key, Map.of());
            personPairs.add(new String[] { row.get("person_id"), id(predicted.get("personId"), key) });
            householdPairs.add(new String[] { row.get("household_id"), id(predicted.get("householdId"), key) });
        }
        List<String[]> disputePairs = new ArrayList<>();
        for (CSVRecord row : csv(truth.resolve("cases.csv"))) {
            String key = key(row.get("source"), row.get("source_id"));
            String trueDispute = row.get("dispute_id").isEmpty() ? "single:" + key : row.get("dispute_id");
            disputePairs.add(new String[] { trueDispute, id(cases.getOrDefault(key, Map.of()).get("disputeId"), key) });
        }
        Set<String> trulyHot = new HashSet<>();
        for (CSVRecord row : csv(truth.resolve("disputes.csv"))) {
            if (Boolean.parseBoolean(row.get("hot"))) {
                trulyHot.add(row.get("dispute_id"));
            }
        }
        Set<String> flagged = new HashSet<>();
        ((List<String>) export.get("hotDisputes")).forEach(id -> flagged.add(id("" + id, null)));
        return new Scores(pairwise(personPairs), pairwise(householdPairs), pairwise(disputePairs),
                hot(disputePairs, trulyHot, flagged));
    }

    /** Pairs (true cluster, predicted cluster) per item. */
    static Score pairwise(List<String[]> items) {
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> cells = new HashMap<>();
        for (String[] item : items) {
            trueSizes.merge(item[0], 1L, Long::sum);
            predictedSizes.merge(item[1], 1L, Long::sum);
            cells.merge(item[0] + "\u0000" + item[1], 1L, Long::sum);
        }
        double both = pairs(cells);
        double predicted = pairs(predictedSizes);
        double actual = pairs(trueSizes);
        return new Score(predicted == 0 ? (actual == 0 ? 1 : 0) : both / predicted, actual == 0 ? 1 : both / actual);
    }

    private static Score hot(List<String[]> cases, Set<String> trulyHot, Set<String> flagged) {
        Map<String, Map<String, Long>> predictedByTrue = new HashMap<>();
        Map<String, Map<String, Long>> trueByPredicted = new HashMap<>();
        for (String[] item : cases) {
            predictedByTrue.computeIfAbsent(item[0], k -> new HashMap<>()).merge(item[1], 1L, Long::sum);
            trueByPredicted.computeIfAbsent(item[1], k -> new HashMap<>()).merge(item[0], 1L, Long::sum);
        }
        long found = trulyHot.stream().filter(d -> predictedByTrue.containsKey(d)
                && flagged.contains(mostly(predictedByTrue.get(d)))).count();
        long right = flagged.stream().filter(d -> trueByPredicted.containsKey(d)
                && trulyHot.contains(mostly(trueByPredicted.get(d)))).count();
        double precision = flagged.isEmpty() ? (trulyHot.isEmpty() ? 1 : 0) : (double) right / flagged.size();
        double recall = trulyHot.isEmpty() ? 1 : (double) found / trulyHot.size();
        return new Score(precision, recall);
    }

    /** The id holding most items; ties to the smallest id. */
    private static String mostly(Map<String, Long> counts) {
        return counts.entrySet().stream()
            .min((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue())
                    : a.getKey().compareTo(b.getKey()))
            .orElseThrow().getKey();
    }

    private static double pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
    }

    private static String id(Object predicted, String item) {
        return predicted == null || predicted.toString().isEmpty() ? "none:" + item : "id:" + predicted;
    }

    private static String key(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(part).append('|');
        }
        return key.toString().toUpperCase();
    }

    private static Map<String, Map<String, Object>> index(List<Map<String, Object>> rows,
            Function<Map<String, Object>, String> key) {
        Map<String, Map<String, Object>> indexed = new HashMap<>();
        rows.forEach(row -> indexed.put(key.apply(row), row));
        return indexed;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
