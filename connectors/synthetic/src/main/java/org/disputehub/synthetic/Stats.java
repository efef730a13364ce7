package org.disputehub.synthetic;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts for summary.json and the returned {@link GenerationSummary}. */
final class Stats {

    final Map<Source, Integer> records = new EnumMap<>(Source.class);
    final Map<Source, Integer> mentions = new EnumMap<>(Source.class);
    final Map<String, Integer> badRecords = new TreeMap<>();
    int disputesPlanned;
    int disputesWithRecords;
    int disputeSingletons;
    int standaloneMatters;
    int recordsWithoutDispute;
    int recordsStandalone;
    int hotlineLines;
    int hotlineOrdersInSeveralVersions;
    int hotlineStaleResent;
    int petitionsInSeveralFiles;
    int petitionStaleResent;

    Stats() {
        for (Source source : Source.values()) {
            records.put(source, 0);
            mentions.put(source, 0);
        }
    }

    void record(Source source) {
        records.merge(source, 1, Integer::sum);
    }

    void mention(Source source) {
        mentions.merge(source, 1, Integer::sum);
    }

    void bad(Source source, String reason) {
        badRecords.merge(source + ":" + reason, 1, Integer::sum);
    }
}
