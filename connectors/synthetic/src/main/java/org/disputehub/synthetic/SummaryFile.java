package org.disputehub.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** truth/summary.json: parameters and counts, in the shape of the dev set's summary (no timings: it must not vary). */
final class SummaryFile {

    private SummaryFile() {
    }

    static void write(Path file, JsonMapper json, GeneratorOptions options, AreaCatalog areas, Population population,
                      Stats stats, FileStats files, TruthFiles truth) throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("seed", options.seed());
        params.put("records", options.records());
        params.put("persons", options.persons());
        params.put("hard", options.hard());
        params.put("bad_rate", options.badRate());
        params.put("start", options.start().toString());
        params.put("days", options.days());
        params.put("police_sql", options.policeSql());
        summary.put("params", params);
        Map<String, Object> world = new LinkedHashMap<>();
        world.put("county", areas.countyName());
        world.put("county_code", areas.countyCode());
        world.put("townships", areas.townships().size());
        world.put("villages", areas.villages().size());
        world.put("households", population.households());
        world.put("persons", population.persons());
        world.put("movers", population.movers);
        world.put("namesake_pairs", population.namesakePairs);
        summary.put("world", world);
        Map<String, Object> disputes = new LinkedHashMap<>();
        disputes.put("generated", stats.disputesPlanned);
        disputes.put("with_records", stats.disputesWithRecords);
        disputes.put("singletons", stats.disputeSingletons);
        disputes.put("single_matters", stats.standaloneMatters);
        summary.put("disputes", disputes);
        summary.put("records", bySource(stats.records));
        summary.put("records_without_dispute", stats.recordsWithoutDispute);
        summary.put("records_standalone", stats.recordsStandalone);
        summary.put("mentions", bySource(stats.mentions));
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("hotline_lines", stats.hotlineLines);
        versions.put("hotline_orders_in_several_versions", stats.hotlineOrdersInSeveralVersions);
        versions.put("hotline_stale_versions_resent", stats.hotlineStaleResent);
        versions.put("petitions_in_several_files", stats.petitionsInSeveralFiles);
        versions.put("petition_stale_versions_resent", stats.petitionStaleResent);
        summary.put("versions", versions);
        summary.put("bad_records", stats.badRecords);
        Map<String, Object> fileSizes = new LinkedHashMap<>();
        files.files().forEach((name, entry) -> {
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("lines", entry.lines());
            size.put("bytes", entry.bytes());
            fileSizes.put(name, size);
        });
        summary.put("files", fileSizes);
        Map<String, Object> truthCounts = new LinkedHashMap<>();
        truthCounts.put("mentions", truth.mentions());
        truthCounts.put("cases", truth.cases());
        truthCounts.put("disputes", truth.disputes());
        truthCounts.put("hot_disputes", truth.hotDisputes());
        truthCounts.put("bad_records", truth.badRecords());
        summary.put("truth", truthCounts);
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n");
    }

    private static Map<String, Integer> bySource(Map<Source, Integer> counts) {
        Map<String, Integer> named = new LinkedHashMap<>();
        counts.forEach((source, count) -> named.put(source.name(), count));
        return named;
    }
}
