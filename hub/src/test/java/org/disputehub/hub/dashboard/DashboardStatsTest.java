package org.disputehub.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.dashboard.DashboardData.LIUWAN;
import static org.disputehub.hub.dashboard.DashboardData.QINGSHI;
import static org.disputehub.hub.dashboard.DashboardData.SHABA;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.support.DatabaseRoundTrips;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** stats and timeSeries over HTTP, on the cases of {@link DashboardData} with figures worked out by hand. */
@HubTest
class DashboardStatsTest {

    record Key(String areaCode, String areaName, String period, String source, String category, String state,
            String status) {
    }

    record Figures(Key key, int cases, int disputes, int resolved, Double resolutionRate,
            Double medianDaysToResolve, int repeats, int repeatDisputes, int hot, int overdue,
            List<LevelCount> warnings) {
    }

    private static final Key NO_KEY = new Key(null, null, null, null, null, null, null);
    private static final String MARCH = "2026-03-01T00:00:00+08:00";
    private static final String MAY = "2026-05-01T00:00:00+08:00";

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @Autowired
    DatabaseRoundTrips roundTrips;

    GraphQlTester graphQl;

    @BeforeEach
    void setUp() {
        graph.clear();
        graphQl = graph.graphQl();
        DashboardData.load(sink);
    }

    @Test
    void theDataFormsTheFiveDisputesTheFiguresAreWorkedOutFrom() {
        assertThat(graph.count("MATCH (d:Dispute) RETURN count(d)")).isEqualTo(5);
        assertThat(graph.count("MATCH (:Case {key: 'POLICE:P1'})-[:PART_OF]->(d:Dispute {warningLevel: 'yellow'}) "
                + "RETURN COUNT { (d)<-[:PART_OF]-(:Case) }")).isEqualTo(3);
        assertThat(graph.count("MATCH (:Case {key: 'POLICE:P5'})-[:PART_OF]->(d:Dispute {hot: true, warningLevel: 'red'}) "
                + "RETURN count(d)")).isEqualTo(1);
    }

    @Test
    void groupsBySourceWithTotalsCountingEachDisputeOnce() {
        var stats = stats(List.of("SOURCE"), null);

        assertThat(stats.path("stats.groups").entityList(Figures.class).get()).containsExactly(
                new Figures(source("HOTLINE"), 4, 3, 1, 0.25, 1.0, 2, 2, 0, 2, warnings(0, 0, 1)),
                new Figures(source("PETITION"), 1, 1, 0, 0.0, null, 0, 0, 0, 0, warnings(0, 0, 0)),
                new Figures(source("POLICE"), 5, 2, 4, 0.8, 3.0, 3, 2, 1, 1, warnings(1, 0, 0)));
        // Dispute A has police and hotline cases: two groups, one dispute in the totals.
        assertThat(stats.path("stats.totals").entity(Figures.class).get())
            .isEqualTo(new Figures(NO_KEY, 10, 5, 5, 0.5, 2.0, 5, 3, 1, 3, warnings(1, 0, 1)));
    }

    @Test
    void groupsByTownshipAndMonthInTheHubsZone() {
        var stats = stats(List.of("AREA_TOWNSHIP", "MONTH"), Map.of("from", MARCH, "before", MAY));

        assertThat(stats.path("stats.groups").entityList(Figures.class).get()).containsExactly(
                new Figures(township(QINGSHI, "青石镇", "2026-03"), 2, 1, 0, 0.0, null, 1, 1, 0, 2, warnings(0, 0, 1)),
                new Figures(township(LIUWAN, "柳湾乡", "2026-03"), 6, 2, 5, 5.0 / 6, 2.0, 4, 2, 1, 1, warnings(1, 0, 0)),
                // reported 2026-03-31T17:00Z: 1 April in Asia/Shanghai
                new Figures(township(QINGSHI, "青石镇", "2026-04"), 1, 1, 0, 0.0, null, 0, 0, 0, 0, warnings(0, 0, 0)));
        assertThat(stats.path("stats.totals.cases").entity(Integer.class).get()).isEqualTo(9);
    }

    @Test
    void filtersByAreaAndBelowSourcesAndCategory() {
        var village = stats(List.of(), Map.of("areaCode", SHABA));
        assertThat(village.path("stats.totals").entity(Figures.class).get())
            .isEqualTo(new Figures(NO_KEY, 3, 1, 2, 2.0 / 3, 2.5, 2, 1, 1, 1, warnings(1, 0, 0)));

        stats(List.of("STATE"), Map.of("areaCode", LIUWAN, "sources", List.of("HOTLINE")))
            .path("stats.groups[*].key.state").entityList(String.class).containsExactly("OPEN", "RESOLVED");
        stats(List.of(), Map.of("category", "劳动争议")).path("stats.totals.cases").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void casesPlacedAboveTheLevelFallInAGroupWithoutArea() {
        stats(List.of("AREA_VILLAGE"), Map.of("areaCode", QINGSHI))
            .path("stats.groups[*].key.areaCode").entityList(String.class)
            .containsExactly(DashboardData.XIANGYANG, null);
    }

    @Test
    void groupsByIsoWeek() {
        stats(List.of("WEEK"), Map.of("from", MARCH, "before", "2026-03-16T00:00:00+08:00", "sources", List.of("POLICE")))
            .path("stats.groups[*].key.period").entityList(String.class).containsExactly("2026-W10", "2026-W11");
    }

    @Test
    void anEmptySelectionHasZeroTotals() {
        var stats = stats(List.of("SOURCE"), Map.of("category", "医患纠纷"));
        stats.path("stats.groups").entityList(Object.class).hasSize(0);
        assertThat(stats.path("stats.totals").entity(Figures.class).get())
            .isEqualTo(new Figures(NO_KEY, 0, 0, 0, null, null, 0, 0, 0, 0, warnings(0, 0, 0)));
    }

    @Test
    void groupsAndTotalsAreOneReadAndAKnownAreaWithoutCasesAnswersZeros() {
        roundTrips.reset();
        stats(List.of("AREA_TOWNSHIP", "MONTH"), Map.of("areaCode", QINGSHI))
            .path("stats.groups").entityList(Object.class).hasSizeGreaterThan(1);
        assertThat(roundTrips.count()).isEqualTo(1);

        var quiet = stats(List.of("MONTH"), Map.of("areaCode", SHABA, "from", "2020-01-01T00:00:00+08:00",
                "before", "2020-02-01T00:00:00+08:00"));
        quiet.path("stats.groups").entityList(Object.class).hasSize(0);
        quiet.path("stats.totals.cases").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void rejectsTwoAreaLevelsAnUnknownAreaAndAReversedRange() {
        graphQl.documentName("stats").variable("groupBy", List.of("AREA_TOWNSHIP", "AREA_VILLAGE")).execute()
            .errors().expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
                    && error.getMessage().contains("at most one of AREA_COUNTY, AREA_TOWNSHIP, AREA_VILLAGE"));
        graphQl.documentName("stats").variable("filter", Map.of("areaCode", "123")).execute()
            .errors().expect(error -> error.getMessage().equals("Unknown area code: 123"));
        graphQl.documentName("stats").variable("filter", Map.of("from", MAY, "before", MARCH)).execute()
            .errors().expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
                    && error.getMessage().contains("must be before"));
    }

    @Test
    void aWeeklySeriesHasEveryWeekOfTheRangeWithZerosForEmptyOnes() {
        var series = timeSeries("CASES", "WEEK", MARCH, "2026-04-06T00:00:00+08:00", null,
                Map.of("sources", List.of("POLICE")));

        series.path("timeSeries.buckets").entityList(String.class)
            .containsExactly("2026-W09", "2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14");
        series.path("timeSeries.series").entityList(Object.class).hasSize(1);
        series.path("timeSeries.series[0].points[*].value").entityList(Double.class)
            .containsExactly(0.0, 2.0, 2.0, 0.0, 1.0, 0.0);
        series.path("timeSeries.series[0].points[1].start").entity(String.class).satisfies(start ->
                assertThat(OffsetDateTime.parse(start)).isEqualTo(OffsetDateTime.parse("2026-03-02T00:00:00+08:00")));
    }

    @Test
    void aMonthlySeriesSplitBySource() {
        var series = timeSeries("CASES", "MONTH", "2026-02-01T00:00:00+08:00", MAY, "SOURCE", null);

        series.path("timeSeries.buckets").entityList(String.class).containsExactly("2026-02", "2026-03", "2026-04");
        series.path("timeSeries.series[*].source").entityList(String.class)
            .containsExactly("HOTLINE", "PETITION", "POLICE");
        series.path("timeSeries.series[0].points[*].value").entityList(Double.class).containsExactly(0.0, 3.0, 0.0);
        series.path("timeSeries.series[1].points[*].value").entityList(Double.class).containsExactly(0.0, 0.0, 1.0);
        series.path("timeSeries.series[2].points[*].value").entityList(Double.class).containsExactly(0.0, 5.0, 0.0);
    }

    @Test
    void aRateSeriesSplitByTownship() {
        var series = timeSeries("RESOLUTION_RATE", "MONTH", MARCH, MAY, "AREA_TOWNSHIP", null);

        series.path("timeSeries.series[*].areaName").entityList(String.class).containsExactly("青石镇", "柳湾乡");
        series.path("timeSeries.series[0].points[*].value").entityList(Double.class).containsExactly(0.0, 0.0);
        series.path("timeSeries.series[1].points[*].value").entityList(Double.class).containsExactly(5.0 / 6, 0.0);
    }

    private GraphQlTester.Response stats(List<String> groupBy, Map<String, Object> filter) {
        return graphQl.documentName("stats").variable("groupBy", groupBy).variable("filter", filter).execute();
    }

    private GraphQlTester.Response timeSeries(String metric, String period, String from, String before,
            String splitBy, Map<String, Object> filter) {
        return graphQl.documentName("timeSeries").variable("metric", metric).variable("period", period)
            .variable("from", from).variable("before", before).variable("splitBy", splitBy)
            .variable("filter", filter).execute();
    }

    private static Key source(String source) {
        return new Key(null, null, null, source, null, null, null);
    }

    private static Key township(String code, String name, String period) {
        return new Key(code, name, period, null, null, null, null);
    }

    private static List<LevelCount> warnings(int red, int orange, int yellow) {
        return List.of(new LevelCount("red", red), new LevelCount("orange", orange), new LevelCount("yellow", yellow));
    }
}
