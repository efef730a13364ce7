package org.disputehub.hub.warnings;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Warning levels, most severe first, and the rules that raise them. Each rule is one of a few kinds with its
 * own parameters; a dispute's level is the most severe level any of its rules raised.
 *
 * @param levels e.g. red, orange, yellow
 */
@ConfigurationProperties("hub.warnings")
public record WarningProperties(List<String> levels, List<Rule> rules) {

    public WarningProperties {
        levels = levels == null ? List.of() : List.copyOf(levels);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * @param kind        {@code repeat-police}: at least {@code count} police incidents within {@code days};
     *                    {@code escalation}: the matter reached the channels of {@code channels} in that order;
     *                    {@code group}: at least {@code count} people petitioned together;
     *                    {@code words}: the text of a case names any of {@code words};
     *                    {@code overdue}: a case still open {@code deadlineDays} (by source) after it came in
     * @param level       the level it raises, one of {@code levels}
     */
    public record Rule(String kind, String level, Integer count, Integer days, List<String> channels,
            List<String> words, Map<String, Integer> deadlineDays) {
    }
}
