package org.disputehub.hub.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.disputehub.hub.HubApplication;
import org.disputehub.hub.areas.Gazetteer;
import org.disputehub.hub.dashboard.DashboardProperties;
import org.disputehub.hub.linking.DisputeLinker;
import org.disputehub.hub.support.DatabaseRoundTrips;
import org.disputehub.hub.warnings.WarningProperties;
import org.disputehub.hub.warnings.WarningRules;
import org.disputehub.synthetic.GenerationSummary;
import org.disputehub.synthetic.GeneratorOptions;
import org.disputehub.synthetic.SyntheticSources;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.disputehub.hub.security.InProcessCaller;
import org.disputehub.hub.security.Role;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.util.FileSystemUtils;

/**
 * Read latency of the GraphQL API against one hand-written Cypher query returning the same data, side by side
 * in one run, on a graph built from the project's generator: person 360°, a 2-hop neighbourhood and a dashboard
 * aggregation. GraphQL runs in process through {@link ExecutionGraphQlService} (the API layer without HTTP);
 * both sides use the hub's driver against its embedded Neo4j. Prints figures, asserts nothing. Run (see README):
 *
 * <pre>./mvnw -q -pl hub -am test-compile exec:exec@api-benchmark -Dbenchmark.cases=50000</pre>
 */
public final class ApiBenchmark {

    private static final int LOAD_BATCH = 2000;
    private static final long SEED = 7;
    /** hub.investigation.neighbourhood-max-nodes as application.yaml sets it. */
    private static final int NEIGHBOURHOOD_MAX_NODES = 200;
    /** The explorer's row cap per step for that maximum. */
    private static final int NEIGHBOURHOOD_STEP_LIMIT = (NEIGHBOURHOOD_MAX_NODES + 1) * 10;

    private static final String PROFILE = """
            query Profile($id: ID!) {
              personProfile(id: $id) {
                id name
                cases { id source category state reportedAt content dispute { id } }
                coParties { person { id name } sharedCases { id } }
                households {
                  household { id address } firstSeenAt lastSeenAt
                  members { person { id name } firstSeenAt lastSeenAt }
                }
                disputes { id category caseCount firstReportedAt lastReportedAt hot warning { level reasons } }
                warnings { id hot warning { level reasons } }
              }
            }
            """;

    private static final String PROFILE_CYPHER = """
            MATCH (p:Person {id: $id})
            CALL (p) {
              MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(c:Case)
              WITH DISTINCT c ORDER BY c.reportedAt
              OPTIONAL MATCH (c)-[:PART_OF]->(d:Dispute)
              RETURN collect({id: c.key, source: c.source, category: c.category, state: c.state,
                              reportedAt: c.reportedAt, content: c.content, dispute: d.id}) AS cases
            }
            CALL (p) {
              MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(c:Case)-[:HAS_PARTY]->(:Mention)-[:REFERS_TO]->(other:Person)
              WHERE other <> p
              WITH other, c ORDER BY c.reportedAt, c.key
              WITH other, collect(DISTINCT c.key) AS shared
              ORDER BY size(shared) DESC, other.name, other.id
              RETURN collect({person: {id: other.id, name: other.name}, sharedCases: shared}) AS coParties
            }
            CALL (p) {
              MATCH (p)<-[:REFERS_TO]-(m:Mention)-[:AT_HOUSEHOLD]->(h:Household), (m)<-[:HAS_PARTY]-(c:Case)
              WITH h, min(c.reportedAt) AS firstSeenAt, max(c.reportedAt) AS lastSeenAt
              CALL (p, h) {
                MATCH (h)<-[:AT_HOUSEHOLD]-(other:Mention)-[:REFERS_TO]->(member:Person), (other)<-[:HAS_PARTY]-(c:Case)
                WHERE member <> p
                WITH member, min(c.reportedAt) AS memberFirstSeenAt, max(c.reportedAt) AS memberLastSeenAt
                ORDER BY memberFirstSeenAt, member.id
                RETURN collect({person: {id: member.id, name: member.name}, firstSeenAt: memberFirstSeenAt,
                                lastSeenAt: memberLastSeenAt}) AS members
              }
              WITH h, firstSeenAt, lastSeenAt, members ORDER BY firstSeenAt, h.id
              RETURN collect({household: {id: h.id, address: h.address}, firstSeenAt: firstSeenAt,
                              lastSeenAt: lastSeenAt, members: members}) AS households
            }
            CALL (p) {
              MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(:Case)-[:PART_OF]->(d:Dispute)
              WITH DISTINCT d
              CALL (d) {
                MATCH (d)<-[:PART_OF]-(c:Case)
                WITH c ORDER BY c.reportedAt
                RETURN collect(c.category)[0] AS category, count(c) AS caseCount,
                       min(c.reportedAt) AS firstReportedAt, max(c.reportedAt) AS lastReportedAt
              }
              WITH d, category, caseCount, firstReportedAt, lastReportedAt ORDER BY firstReportedAt
              RETURN collect({id: d.id, category: category, caseCount: caseCount, firstReportedAt: firstReportedAt,
                              lastReportedAt: lastReportedAt, hot: coalesce(d.hot, false),
                              warning: CASE WHEN d.warningLevel IS NOT NULL
                                       THEN {level: d.warningLevel, reasons: d.warningReasons} END}) AS disputes
            }
            RETURN p.id AS id, p.name AS name, cases, coParties, households, disputes,
                   [d IN disputes WHERE d.hot OR d.warning IS NOT NULL] AS warnings
            """;

    private static final String NEIGHBOURHOOD = """
            query Neighbourhood($id: ID!) {
              neighbourhood(personId: $id, hops: 2) {
                centre { id }
                nodes { id kind label }
                edges { from to kind }
                truncated
              }
            }
            """;

    /**
     * One person-to-person step from the persons in {@code persons}: the traversal of the explorer's step
     * (their cases and the other cases of those cases' disputes, each with its dispute and parties, and their
     * households' members) on purpose, so both sides read the same; only the wrapping differs.
     */
    private static final String STEP = """
              CALL (persons) {
                UNWIND persons AS p
                CALL (p) {
                  MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(c:Case)
                  RETURN c
                  UNION
                  MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(:Case)-[:PART_OF]->(:Dispute)<-[:PART_OF]-(c:Case)
                  RETURN c
                }
                WITH DISTINCT c
                CALL (c) {
                  MATCH (c)-[:PART_OF]->(d:Dispute)
                  RETURN {kind: 'PART_OF', from: c, to: d} AS step
                  UNION
                  MATCH (c)-[:HAS_PARTY]->(:Mention)-[:REFERS_TO]->(o:Person)
                  RETURN {kind: 'PARTY_TO', from: o, to: c} AS step
                }
                RETURN step
                UNION
                UNWIND persons AS p
                MATCH (p)<-[:REFERS_TO]-(:Mention)-[:AT_HOUSEHOLD]->(h:Household)
                MATCH (h)<-[:AT_HOUSEHOLD]-(:Mention)-[:REFERS_TO]->(o:Person)
                RETURN {kind: 'MEMBER_OF', from: o, to: h} AS step
              }
              WITH DISTINCT step LIMIT $limit
            """;

    /** Both hops in one statement, with nodes named and labelled as {@code GraphNode} does it. */
    private static final String NEIGHBOURHOOD_CYPHER = """
            MATCH (centre:Person {id: $id})
            CALL (centre) {
              WITH [centre] AS persons
            %1$s
              RETURN collect(step) AS first
            }
            CALL (centre, first) {
              UNWIND first AS step
              WITH step WHERE step.kind <> 'PART_OF' AND step.from <> centre
              RETURN collect(DISTINCT step.from) AS reached
            }
            CALL (reached) {
              WITH reached AS persons
            %1$s
              RETURN collect(step) AS second
            }
            WITH first + second AS connections
            CALL (connections) {
              UNWIND connections AS step
              UNWIND [step.from, step.to] AS n
              WITH DISTINCT n
              RETURN collect({id: coalesce(n.id, n.key),
                kind: CASE WHEN n:Person THEN 'PERSON' WHEN n:Household THEN 'HOUSEHOLD' WHEN n:Case THEN 'CASE'
                           ELSE 'DISPUTE' END,
                label: CASE WHEN n:Person THEN n.name WHEN n:Household THEN n.address
                            WHEN n:Case THEN n.key + coalesce(' ' + n.category, '')
                            ELSE 'dispute of ' + toString(coalesce(n.caseCount, 0)) + ' cases'
                                 + coalesce(', ' + n.warningLevel + ' warning', '') END}) AS nodes
            }
            RETURN nodes, [step IN connections | {from: coalesce(step.from.id, step.from.key),
                                                  to: coalesce(step.to.id, step.to.key), kind: step.kind}] AS edges
            """.formatted(STEP);

    private static final String STATS = """
            query Stats($from: DateTime!, $before: DateTime!, $area: ID!) {
              stats(groupBy: [AREA_TOWNSHIP, MONTH], filter: {from: $from, before: $before, areaCode: $area}) {
                groups { key { areaCode areaName period } %1$s }
                totals { %1$s }
              }
            }
            """.formatted("cases disputes resolved resolutionRate medianDaysToResolve repeats repeatDisputes hot "
            + "overdue warnings { level count }");

    /** Figures of the rows {@code row} of a group, the aggregation both the groups and the totals take. */
    private static final String FIGURES = """
                WITH %s count(*) AS cases, count(DISTINCT row.dispute) AS disputes,
                     count(CASE WHEN row.state = 'RESOLVED' THEN 1 END) AS resolved,
                     percentileCont(row.daysToResolve, 0.5) AS medianDays,
                     count(CASE WHEN row.repeat THEN 1 END) AS repeats,
                     count(DISTINCT CASE WHEN row.disputeCases > 1 THEN row.dispute END) AS repeatDisputes,
                     count(DISTINCT CASE WHEN row.hot THEN row.dispute END) AS hot,
                     count(CASE WHEN row.overdue THEN 1 END) AS overdue,
                     collect(DISTINCT row.openWarning) AS openWarnings
                WITH %s {cases: cases, disputes: disputes, resolved: resolved,
                      resolutionRate: CASE WHEN cases > 0 THEN toFloat(resolved) / cases END,
                      medianDaysToResolve: medianDays, repeats: repeats, repeatDisputes: repeatDisputes, hot: hot,
                      overdue: overdue,
                      warnings: [level IN $levels | {level: level,
                                 count: size([w IN openWarnings WHERE w.level = level])}]} AS figures
            """;

    private static final String STATS_CYPHER = """
            MATCH (c:Case)-[:IN_AREA]->(:Area)-[:PART_OF*0..2]->(:Area {code: $area})
            WHERE c.source IS NOT NULL AND c.reportedAt >= $from AND c.reportedAt < $before
            OPTIONAL MATCH (c)-[:PART_OF]->(d:Dispute)
            WITH c, d, [(c)-[:IN_AREA]->(:Area)-[:PART_OF*0..2]->(a:Area) WHERE a.level = 'TOWNSHIP' | a][0] AS township
            WITH collect({
                   key: {areaCode: township.code, areaName: township.name,
                         period: left(toString(date(datetime({datetime: c.reportedAt, timezone: $zone}))), 7)},
                   state: c.state, dispute: d.id, disputeCases: d.caseCount, hot: d.hot,
                   daysToResolve: CASE WHEN c.state = 'RESOLVED' AND c.closedAt >= c.reportedAt
                                  THEN duration.inSeconds(c.reportedAt, c.closedAt).seconds / 86400.0 END,
                   repeat: d IS NOT NULL AND EXISTS {
                     MATCH (d)<-[:PART_OF]-(earlier:Case)
                     WHERE earlier.reportedAt < c.reportedAt OR (earlier.reportedAt = c.reportedAt AND earlier.key < c.key)
                   },
                   overdue: c.state = 'OPEN' AND c.reportedAt.epochMillis < $overdueBefore[c.source],
                   openWarning: CASE WHEN d.warningLevel IS NOT NULL AND EXISTS { (d)<-[:PART_OF]-(:Case {state: 'OPEN'}) }
                                THEN {id: d.id, level: d.warningLevel} END}) AS rows
            CALL (rows) {
              UNWIND rows AS row
            %s
              WITH key, figures ORDER BY key.period, key.areaCode
              RETURN collect(figures {key: key, .*}) AS groups
            }
            CALL (rows) {
              UNWIND rows AS row
            %s
              RETURN figures AS totals
            }
            RETURN groups, totals
            """.formatted(FIGURES.formatted("row.key AS key,", "key,"), FIGURES.formatted("", ""));

    private static final DateTimeFormatter GRAPHQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("benchmark.cases", 1_000_000);
        // The GraphQL side runs far more code than the driver call: thousands of warm-up requests let the JIT
        // compile it as a server running all day would have it. Stats take seconds a request at a million cases.
        Counts perPerson = new Counts(Integer.getInteger("benchmark.warm-up", 2000),
                Integer.getInteger("benchmark.requests", 2000));
        Counts stats = new Counts(Integer.getInteger("benchmark.stats.warm-up", 50),
                Integer.getInteger("benchmark.stats.requests", 200));
        String pageCache = System.getProperty("benchmark.page-cache", "2g");
        // A kept graph: loading a million cases takes half an hour, the requests minutes.
        String kept = System.getProperty("benchmark.graph", "");
        Path work = kept.isBlank() ? Files.createTempDirectory("hub-api-benchmark") : Path.of(kept);
        try {
            run(cases, perPerson, stats, pageCache, work);
        }
        finally {
            if (kept.isBlank()) {
                FileSystemUtils.deleteRecursively(work);
            }
        }
        System.exit(0);
    }

    /** Requests per side: unmeasured first, then measured. */
    private record Counts(int warmUp, int requests) {

        int total() {
            return warmUp + requests;
        }
    }

    private static void run(int cases, Counts perPerson, Counts stats, String pageCache, Path work) throws IOException {
        GeneratorOptions options = GeneratorOptions.forRecords(cases);
        Path loaded = work.resolve("loaded-" + cases);
        boolean reuse = Files.exists(loaded);
        long started = System.nanoTime();
        if (!reuse) {
            FileSystemUtils.deleteRecursively(work.resolve("graph"));
            GenerationSummary summary = SyntheticSources.generate(options, work.resolve("data"));
            System.out.printf("generated %s in %.0f s%n", summary.output(), IngestBenchmark.seconds(started));
        }

        DatabaseRoundTrips roundTrips = new DatabaseRoundTrips();
        // Arguments, not default properties: application.yaml would override those.
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(HubApplication.class)
            .web(WebApplicationType.NONE)
            .initializers(context -> context.getBeanFactory().addBeanPostProcessor(roundTrips))
            .run("--hub.neo4j.embedded.data-dir=" + work.resolve("graph"),
                    "--hub.neo4j.embedded.page-cache-size=" + pageCache, "--hub.demo.enabled=false",
                    "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            Driver driver = hub.getBean(Driver.class);
            ApiGraphLoader loader = new ApiGraphLoader(driver, hub.getBean(Gazetteer.class),
                    hub.getBean(DisputeLinker.class), LOAD_BATCH);
            if (reuse) {
                System.out.println("reusing the graph loaded in " + work);
            }
            else {
                started = System.nanoTime();
                long records = loader.load(work.resolve("data"));
                double loadSeconds = IngestBenchmark.seconds(started);
                System.out.printf("loaded %,d source records in %.0f s = %,.0f records/s, %,.0f cases/s%n", records,
                        loadSeconds, records / loadSeconds,
                        ((Number) loader.sizes().get("cases")).doubleValue() / loadSeconds);
                FileSystemUtils.deleteRecursively(work.resolve("data"));
                Files.createFile(loaded);
            }
            System.out.println("graph: " + loader.sizes());

            Random random = new Random(SEED);
            List<String> persons = samplePersons(driver, perPerson.total(), random);
            List<Map<String, Object>> areaMonths = sampleAreaMonths(driver, options, hub, stats.total(), random);
            Map<String, Object> statsParameters = Map.of("zone", hub.getBean(DashboardProperties.class).zone().getId(),
                    "overdueBefore", hub.getBean(WarningRules.class).overdueBefore(),
                    "levels", hub.getBean(WarningProperties.class).levels());
            Requests api = new Requests(hub.getBean(ExecutionGraphQlService.class), driver, roundTrips);

            List<Comparison> comparisons = List.of(
                    new Comparison("person", "person 360°", i -> api.graphQl(PROFILE, Map.of("id", persons.get(i))),
                            i -> api.cypher(PROFILE_CYPHER, Map.of("id", persons.get(i))),
                            data -> profileSummary((Map<String, Object>) data.get("personProfile")),
                            rows -> profileSummary(rows.get(0))),
                    new Comparison("neighbourhood", "neighbourhood (2 hops)",
                            i -> api.graphQl(NEIGHBOURHOOD, Map.of("id", persons.get(i))),
                            i -> api.cypher(NEIGHBOURHOOD_CYPHER, Map.of("id", persons.get(i), "limit", NEIGHBOURHOOD_STEP_LIMIT)),
                            data -> nodeIds((Map<String, Object>) data.get("neighbourhood")),
                            rows -> nodeIds(rows.get(0))),
                    new Comparison("stats", "stats by township and month", i -> api.graphQl(STATS, graphQlTimes(areaMonths.get(i))),
                            i -> api.cypher(STATS_CYPHER, with(areaMonths.get(i), statsParameters)),
                            data -> statsSummary((Map<String, Object>) data.get("stats")),
                            rows -> statsSummary(rows.get(0))));

            System.out.printf("%nrequests per side after warm-up requests: person 360° and neighbourhood %d after %d, "
                    + "stats %d after %d; persons and areas sampled with seed %d%n", perPerson.requests(),
                    perPerson.warmUp(), stats.requests(), stats.warmUp(), SEED);
            System.out.printf("%-28s %-8s %8s %8s %8s %8s %12s%n", "", "", "mean", "p50", "p95", "p99",
                    "round trips");
            // At a million cases stats take seconds a request: -Dbenchmark.only=person,neighbourhood leaves them out.
            List<String> only = List.of(System.getProperty("benchmark.only", "person,neighbourhood,stats").split(","));
            for (Comparison comparison : comparisons) {
                if (only.contains(comparison.key())) {
                    Counts counts = comparison.key().equals("stats") ? stats : perPerson;
                    comparison.measure(counts.warmUp(), counts.requests()).print();
                }
            }
        }
    }

    /** One request of each side per index; the summaries say whether both returned the same data. */
    private record Comparison(String key, String name, IntFunction<Requests.Answer<Map<String, Object>>> graphQl,
            IntFunction<Requests.Answer<List<Map<String, Object>>>> cypher,
            Function<Map<String, Object>, Object> graphQlSummary,
            Function<List<Map<String, Object>>, Object> cypherSummary) {

        Measured measure(int warmUp, int requests) {
            for (int i = 0; i < warmUp; i++) {
                graphQl.apply(i);
                cypher.apply(i);
            }
            long[] graphQlNanos = new long[requests];
            long[] cypherNanos = new long[requests];
            long roundTrips = 0;
            int different = 0;
            String firstDifference = null;
            for (int n = 0; n < requests; n++) {
                int i = warmUp + n;
                // Alternate which side goes first so neither always finds the other's pages cached.
                Requests.Answer<Map<String, Object>> api;
                Requests.Answer<List<Map<String, Object>>> handWritten;
                if (n % 2 == 0) {
                    api = graphQl.apply(i);
                    handWritten = cypher.apply(i);
                }
                else {
                    handWritten = cypher.apply(i);
                    api = graphQl.apply(i);
                }
                graphQlNanos[n] = api.nanos();
                cypherNanos[n] = handWritten.nanos();
                roundTrips += api.roundTrips();
                Object expected = graphQlSummary.apply(api.value());
                Object actual = cypherSummary.apply(handWritten.value());
                if (!expected.equals(actual)) {
                    different++;
                    if (firstDifference == null) {
                        firstDifference = "GraphQL " + expected + "\n  Cypher  " + actual;
                    }
                }
            }
            return new Measured(name, graphQlNanos, cypherNanos, (double) roundTrips / requests, different,
                    firstDifference);
        }
    }

    private record Measured(String name, long[] graphQl, long[] cypher, double roundTrips, int different,
            String firstDifference) {

        void print() {
            Arrays.sort(graphQl);
            Arrays.sort(cypher);
            System.out.printf("%-28s %-8s %8.2f %8.2f %8.2f %8.2f %12.1f%n", name, "GraphQL", mean(graphQl),
                    percentile(graphQl, 50), percentile(graphQl, 95), percentile(graphQl, 99), roundTrips);
            System.out.printf("%-28s %-8s %8.2f %8.2f %8.2f %8.2f %12d%n", "", "Cypher", mean(cypher),
                    percentile(cypher, 50), percentile(cypher, 95), percentile(cypher, 99), 1);
            System.out.printf("%-28s %-8s %7.2fx %7.2fx %7.2fx %7.2fx%n", "", "ratio", mean(graphQl) / mean(cypher),
                    percentile(graphQl, 50) / percentile(cypher, 50), percentile(graphQl, 95) / percentile(cypher, 95),
                    percentile(graphQl, 99) / percentile(cypher, 99));
            System.out.printf("%-28s %d of %d answers differ%s%n", "", different, graphQl.length,
                    firstDifference == null ? "" : ", first:\n  " + firstDifference);
        }

        private static double mean(long[] nanos) {
            return Arrays.stream(nanos).average().orElse(0) / 1e6;
        }

        /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
        private static double percentile(long[] sorted, int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    /** Sample persons who are a party to some case: every person the loader made is. */
    private static List<String> samplePersons(Driver driver, int count, Random random) {
        List<String> sample = new ArrayList<>(count);
        try (var session = driver.session()) {
            // Reservoir sampling: one pass over the ids, never all of them in memory.
            var result = session.run("MATCH (p:Person) RETURN p.id AS id ORDER BY id");
            long seen = 0;
            while (result.hasNext()) {
                String id = result.next().get("id").asString();
                seen++;
                if (sample.size() < count) {
                    sample.add(id);
                }
                else {
                    long slot = (long) (random.nextDouble() * seen);
                    if (slot < count) {
                        sample.set((int) slot, id);
                    }
                }
            }
        }
        java.util.Collections.shuffle(sample, random);
        return sample;
    }

    /** A township with cases and a month of the generated period, per request. */
    private static List<Map<String, Object>> sampleAreaMonths(Driver driver, GeneratorOptions options,
            ConfigurableApplicationContext hub, int count, Random random) {
        List<String> townships;
        try (var session = driver.session()) {
            townships = session.run("""
                    MATCH (a:Area {level: 'TOWNSHIP'})
                    WHERE EXISTS { (a)<-[:PART_OF*0..2]-(:Area)<-[:IN_AREA]-(:Case) }
                    RETURN a.code AS code ORDER BY code
                    """).list(record -> record.get("code").asString());
        }
        List<YearMonth> months = Stream.iterate(YearMonth.from(options.start()), month -> month.plusMonths(1))
            .limit(options.days() / 31 + 1)
            .toList();
        ZoneId zone = hub.getBean(DashboardProperties.class).zone();
        List<Map<String, Object>> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            YearMonth month = months.get(random.nextInt(months.size()));
            sample.add(Map.of("area", townships.get(random.nextInt(townships.size())),
                    "from", month.atDay(1).atStartOfDay(zone).toOffsetDateTime(),
                    "before", month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        return sample;
    }

    private static Map<String, Object> graphQlTimes(Map<String, Object> areaMonth) {
        return Map.of("area", areaMonth.get("area"),
                "from", GRAPHQL_TIME.format((OffsetDateTime) areaMonth.get("from")),
                "before", GRAPHQL_TIME.format((OffsetDateTime) areaMonth.get("before")));
    }

    private static Map<String, Object> with(Map<String, Object> first, Map<String, Object> second) {
        Map<String, Object> both = new java.util.HashMap<>(first);
        both.putAll(second);
        return both;
    }

    /** The ids each list of a profile names, order aside (report-time ties may order differently). */
    @SuppressWarnings("unchecked")
    private static Object profileSummary(Map<String, Object> profile) {
        if (profile == null) {
            return "none";
        }
        Function<String, Object> idsOf = field -> new TreeSet<>(((List<Map<String, Object>>) profile.get(field))
            .stream().map(item -> String.valueOf(item.get("id"))).toList());
        return List.of(profile.get("id"), idsOf.apply("cases"), idsOf.apply("disputes"), idsOf.apply("warnings"),
                new TreeSet<>(((List<Map<String, Object>>) profile.get("coParties")).stream()
                    .map(coParty -> ((Map<String, Object>) coParty.get("person")).get("id") + "×"
                            + ((List<?>) coParty.get("sharedCases")).size())
                    .toList()),
                new TreeSet<>(((List<Map<String, Object>>) profile.get("households")).stream()
                    .map(tie -> ((Map<String, Object>) tie.get("household")).get("id") + "×"
                            + ((List<?>) tie.get("members")).size())
                    .toList()));
    }

    /**
     * The nodes of a neighbourhood. The API stops at the hub's default maximum of nodes where the hand-written
     * query returns all, so beyond it both only say it was reached.
     */
    @SuppressWarnings("unchecked")
    private static Object nodeIds(Map<String, Object> neighbourhood) {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) neighbourhood.get("nodes");
        if (Boolean.TRUE.equals(neighbourhood.get("truncated")) || nodes.size() > NEIGHBOURHOOD_MAX_NODES) {
            return "more than the maximum";
        }
        return new TreeSet<>(nodes.stream()
            .map(node -> node.get("kind") + ":" + node.get("id") + ":" + node.get("label"))
            .toList());
    }

    /** Every count of the groups and the totals (medians and rates left out: they are derived, and floats). */
    @SuppressWarnings("unchecked")
    private static Object statsSummary(Map<String, Object> stats) {
        Function<Map<String, Object>, String> counts = figures -> Stream.of("cases", "disputes", "resolved", "repeats",
                "repeatDisputes", "hot", "overdue")
            .map(name -> String.valueOf(((Number) figures.get(name)).longValue()))
            .reduce((a, b) -> a + "/" + b)
            .orElseThrow() + " " + ((List<Map<String, Object>>) figures.get("warnings")).stream()
                .map(level -> level.get("level") + "=" + ((Number) level.get("count")).longValue())
                .toList();
        List<String> groups = ((List<Map<String, Object>>) stats.get("groups")).stream()
            .map(group -> {
                Map<String, Object> key = (Map<String, Object>) group.get("key");
                return key.get("areaCode") + " " + key.get("period") + ": " + counts.apply(group);
            })
            .sorted()
            .toList();
        return List.of(groups, counts.apply((Map<String, Object>) stats.get("totals")));
    }

    /** Runs and times single requests of either side. */
    private record Requests(ExecutionGraphQlService graphQlService, Driver driver, DatabaseRoundTrips roundTrips) {

        record Answer<T>(T value, long nanos, long roundTrips) {
        }

        Answer<Map<String, Object>> graphQl(String document, Map<String, Object> variables) {
            roundTrips.reset();
            long started = System.nanoTime();
            DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, variables,
                    Map.of(), "benchmark", Locale.ROOT);
            // An investigator with a purpose, as the HTTP layer would set it (its audit write is not timed).
            request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(InProcessCaller.context("benchmark", Role.INVESTIGATOR, "benchmark")).build());
            ExecutionGraphQlResponse response = graphQlService.execute(request).block();
            long nanos = System.nanoTime() - started;
            if (response == null || !response.getErrors().isEmpty()) {
                throw new IllegalStateException("GraphQL failed: " + (response == null ? "no response"
                        : response.getErrors()));
            }
            return new Answer<>(response.getData(), nanos, roundTrips.count());
        }

        Answer<List<Map<String, Object>>> cypher(String query, Map<String, Object> parameters) {
            long started = System.nanoTime();
            List<Map<String, Object>> rows;
            try (var session = driver.session()) {
                rows = session.executeRead(tx -> tx.run(query, parameters).list(Record::asMap));
            }
            return new Answer<>(rows, System.nanoTime() - started, 1);
        }
    }
}
