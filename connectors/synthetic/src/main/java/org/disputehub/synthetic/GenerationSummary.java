package org.disputehub.synthetic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a generation produced. {@code cases} counts good records per source (what the truth lists),
 * {@code badRecords} the extra broken ones; {@code sourceBytes} the size of the source files.
 */
public record GenerationSummary(GeneratorOptions options, Path output, int households, int persons, int movers,
                                int namesakePairs, int disputes, int hotDisputes, int singleMatters,
                                Map<Source, Integer> cases, Map<Source, Integer> mentions, int badRecords,
                                long sourceBytes, Duration elapsed) {

    public GenerationSummary {
        cases = Collections.unmodifiableMap(new EnumMap<>(cases));
        mentions = Collections.unmodifiableMap(new EnumMap<>(mentions));
    }

    public int totalCases() {
        return cases.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalMentions() {
        return mentions.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Path truthFolder() {
        return output.resolve("truth");
    }
}
