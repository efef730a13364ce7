package org.disputehub.hub.warnings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Grades a dispute from its cases by the configured rules. Hot (repeat police calls: 3 incidents within 30
 * days) is a fixed definition dashboards count on; the levels and what raises them are configuration.
 */
@Component
public class WarningRules {

    private static final long DAY = 24L * 60 * 60 * 1000;
    static final int HOT_INCIDENTS = 3;
    static final int HOT_DAYS = 30;

    private final WarningProperties properties;
    private final Clock clock;

    @Autowired
    public WarningRules(WarningProperties properties) {
        this(properties, Clock.systemDefaultZone());
    }

    WarningRules(WarningProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** At least three police incidents within thirty days. */
    public static boolean hot(List<MatterCase> cases) {
        return mostPoliceWithin(cases, HOT_DAYS) >= HOT_INCIDENTS;
    }

    /** The warning, or null when no rule is raised. */
    public Warning grade(List<MatterCase> cases) {
        List<String> reasons = new ArrayList<>();
        String level = null;
        for (WarningProperties.Rule rule : properties.rules()) {
            String reason = reason(rule, cases);
            if (reason != null) {
                reasons.add(rule.level() + ": " + reason);
                if (level == null || severity(rule.level()) < severity(level)) {
                    level = rule.level();
                }
            }
        }
        return level == null ? null : new Warning(level, List.copyOf(reasons));
    }

    /** Whether {@code level} is more severe than {@code before}; any level is more severe than none. */
    public boolean raises(String level, String before) {
        return level != null && (before == null || severity(level) < severity(before));
    }

    /**
     * Per source, the report time (epoch milliseconds) before which a case still open is overdue now: the
     * tightest deadline any {@code overdue} rule sets. Sources without a deadline are absent.
     */
    public Map<String, Long> overdueBefore() {
        long now = clock.millis();
        Map<String, Long> before = new HashMap<>();
        properties.rules().stream()
            .filter(rule -> "overdue".equals(rule.kind()))
            .forEach(rule -> rule.deadlineDays().forEach((source, days) ->
                    before.merge(source, now - days * DAY, Math::max)));
        return before;
    }

    private int severity(String level) {
        int index = properties.levels().indexOf(level);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private String reason(WarningProperties.Rule rule, List<MatterCase> cases) {
        return switch (rule.kind()) {
            case "repeat-police" -> {
                int most = mostPoliceWithin(cases, rule.days());
                yield most >= rule.count() ? most + " police incidents within " + rule.days() + " days" : null;
            }
            case "escalation" -> escalated(cases, rule.channels())
                    ? "escalated through " + String.join(" → ", rule.channels()) : null;
            case "group" -> {
                int people = cases.stream().mapToInt(c -> Math.max(c.headcount(), c.petitioners())).max().orElse(0);
                yield people >= rule.count() ? "group matter: " + people + " people" : null;
            }
            case "words" -> {
                List<String> found = rule.words().stream()
                    .filter(word -> cases.stream().anyMatch(c -> c.content() != null && c.content().contains(word)))
                    .toList();
                yield found.isEmpty() ? null : "violence or threat in the text: " + String.join("、", found);
            }
            case "overdue" -> {
                long now = clock.millis();
                List<String> late = cases.stream()
                    .filter(c -> "OPEN".equals(c.state()) && rule.deadlineDays().containsKey(c.source()))
                    .filter(c -> now - c.at() > rule.deadlineDays().get(c.source()) * DAY)
                    .map(c -> c.key() + " (" + (now - c.at()) / DAY + " days)")
                    .sorted()
                    .toList();
                yield late.isEmpty() ? null : "open past its deadline: " + String.join(", ", late);
            }
            default -> throw new IllegalStateException("Unknown warning rule kind: " + rule.kind());
        };
    }

    /** The most police incidents inside any window of the given days. */
    static int mostPoliceWithin(List<MatterCase> cases, int days) {
        List<Long> times = cases.stream().filter(c -> "POLICE".equals(c.source())).map(MatterCase::at).sorted()
            .toList();
        int most = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (times.get(end) - times.get(start) > days * DAY) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }

    /** The channels appear in this order in time (each later than some case of the one before). */
    private static boolean escalated(List<MatterCase> cases, List<String> channels) {
        Map<String, List<Long>> bySource = cases.stream().collect(Collectors.groupingBy(MatterCase::source,
                Collectors.mapping(MatterCase::at, Collectors.toList())));
        long after = Long.MIN_VALUE;
        for (String channel : channels) {
            long since = after;
            long earliest = bySource.getOrDefault(channel, List.of()).stream().filter(at -> at > since)
                .min(Comparator.naturalOrder()).orElse(Long.MAX_VALUE);
            if (earliest == Long.MAX_VALUE) {
                return false;
            }
            after = earliest;
        }
        return true;
    }
}
