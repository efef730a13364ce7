package org.disputehub.hub.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Levels and rules come from configuration; each raised rule gives a reason, the most severe level wins. */
class WarningRulesTest {

    private static final long DAY = 24L * 60 * 60 * 1000;
    private static final long NOW = Instant.parse("2026-06-30T00:00:00Z").toEpochMilli();

    private final WarningRules rules = new WarningRules(new WarningProperties(List.of("red", "orange", "yellow"),
            List.of(new WarningProperties.Rule("repeat-police", "red", 3, 30, null, null, null),
                    new WarningProperties.Rule("escalation", "orange", null, null, List.of("POLICE", "HOTLINE",
                            "PETITION"), null, null),
                    new WarningProperties.Rule("group", "orange", 5, null, null, null, null),
                    new WarningProperties.Rule("words", "orange", null, null, null, List.of("殴打", "威胁"), null),
                    new WarningProperties.Rule("overdue", "yellow", null, null, null, null, Map.of("PETITION", 60)))),
            Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

    @Test
    void threePoliceCallsWithinThirtyDaysAreHotAndRed() {
        List<MatterCase> cases = List.of(police("JQ1", 0), police("JQ2", 10), police("JQ3", 29));

        assertThat(WarningRules.hot(cases)).isTrue();
        Warning warning = rules.grade(cases);
        assertThat(warning.level()).isEqualTo("red");
        assertThat(warning.reasons()).containsExactly("red: 3 police incidents within 30 days");
    }

    @Test
    void callsSpreadOverMoreThanThirtyDaysAreNotHot() {
        assertThat(WarningRules.hot(List.of(police("JQ1", 0), police("JQ2", 20), police("JQ3", 45)))).isFalse();
    }

    @Test
    void escalationGroupWordsAndOverdueEachGiveAReason() {
        List<MatterCase> cases = List.of(police("JQ1", 0),
                new MatterCase("HOTLINE:RX1", "HOTLINE", NOW - 150 * DAY, "对方多次威胁", "RESOLVED", 0, 0),
                new MatterCase("PETITION:XF1", "PETITION", NOW - 100 * DAY, "信访人反映…", "OPEN", 6, 6));

        Warning warning = rules.grade(cases);

        assertThat(warning.level()).isEqualTo("orange");
        assertThat(warning.reasons()).containsExactly("orange: escalated through POLICE → HOTLINE → PETITION",
                "orange: group matter: 6 people", "orange: violence or threat in the text: 威胁",
                "yellow: open past its deadline: PETITION:XF1 (100 days)");
    }

    @Test
    void aQuietMatterHasNoWarning() {
        assertThat(rules.grade(List.of(police("JQ1", 0)))).isNull();
    }

    @Test
    void anOpenCaseIsOverdueWhenReportedBeforeTheTightestDeadlineOfItsSource() {
        WarningRules twoDeadlines = new WarningRules(new WarningProperties(List.of("red", "yellow"), List.of(
                new WarningProperties.Rule("overdue", "yellow", null, null, null, null, Map.of("PETITION", 60,
                        "HOTLINE", 15)),
                new WarningProperties.Rule("overdue", "red", null, null, null, null, Map.of("PETITION", 90)))),
                Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

        assertThat(twoDeadlines.overdueBefore()).containsExactlyInAnyOrderEntriesOf(Map.of("PETITION", NOW - 60 * DAY,
                "HOTLINE", NOW - 15 * DAY));
    }

    private static MatterCase police(String no, int day) {
        return new MatterCase("POLICE:" + no, "POLICE", NOW - 200 * DAY + day * DAY, "报警人称发生口角", "RESOLVED", 0, 0);
    }
}
