package org.disputehub.hub.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.hotline.WorkOrderMapper;
import org.disputehub.connector.petition.PetitionCsvReader;
import org.disputehub.connector.police.PoliceIncidentMapper;
import org.disputehub.connector.support.JsonLinesReader;
import org.disputehub.hub.HubApplication;
import org.disputehub.hub.linking.LinkingIndex;
import org.disputehub.hub.neo4j.DriverSettings;
import org.disputehub.hub.neo4j.EmbeddedNeo4j;
import org.disputehub.hub.neo4j.EmbeddedNeo4jProperties;
import org.disputehub.hub.neo4j.SchemaMigrations;
import org.disputehub.synthetic.GenerationSummary;
import org.disputehub.synthetic.GeneratorOptions;
import org.disputehub.synthetic.SyntheticSources;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Ingest throughput, printed, not asserted. Generates a synthetic data set, then in one run loads it twice:
 * through the hub's full pipeline (parse, normalise, link persons / households / disputes, write) and through
 * a bare batched-{@code UNWIND} loader that parses the same files and writes the same graph (cases, mentions,
 * and the persons, households and disputes the generator's truth names) with no normalising or linking.
 * Prints records per second of both, their ratio and the peak heap. Run (see README):
 *
 * <pre>./mvnw -q -pl hub -am test-compile exec:exec -Dbenchmark.records=100000</pre>
 */
public final class IngestBenchmark {

    /** Records a sink call, on both sides; the hub's file routes take 500 by default. */
    private static final int BATCH = Integer.getInteger("benchmark.batch", 1000);

    /** Neo4j's page cache on both sides (off the Java heap); the hub's default is 256m. */
    private static final String PAGE_CACHE = System.getProperty("benchmark.page-cache", "256m");

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(System.getProperty("benchmark.records", "100000"));
        Path work = Files.createTempDirectory("hub-benchmark");
        HeapWatch heap = new HeapWatch();
        heap.start();
        Result full;
        Result bare;
        long fullHeap;
        long bareHeap;
        try {
            long started = System.nanoTime();
            GenerationSummary summary = SyntheticSources.generate(GeneratorOptions.forRecords(records),
                    work.resolve("data"));
            System.out.printf("generated %s in %.1f s%n", summary.output(), seconds(started));

            heap.reset();
            full = fullPipeline(work.resolve("data"), work.resolve("full"));
            fullHeap = heap.reset();
            bare = bareLoader(work.resolve("data"), work.resolve("bare"));
            bareHeap = heap.reset();
        }
        finally {
            // A million records leave gigabytes of source files and stores.
            FileSystemUtils.deleteRecursively(work);
        }

        System.out.printf("full pipeline : %,d records in %.1f s = %,.0f records/s, peak heap %,d MiB, %.2f cores busy%n",
                full.records(), full.seconds(), full.rate(), fullHeap >> 20, full.cores());
        System.out.printf("bare loader   : %,d records in %.1f s = %,.0f records/s, peak heap %,d MiB, %.2f cores busy%n",
                bare.records(), bare.seconds(), bare.rate(), bareHeap >> 20, bare.cores());
        System.out.printf("ratio full/bare: %.2f   (max heap %,d MiB)%n", full.rate() / bare.rate(),
                Runtime.getRuntime().maxMemory() >> 20);
        heap.interrupt();
        System.exit(0);
    }

    /** Records: every version the sources delivered, stale ones included. */
    record Result(long records, double seconds, double cpuSeconds) {

        double rate() {
            return records / seconds;
        }

        /** Cores busy on average: how much of the machine the side used, its own threads and the database's. */
        double cores() {
            return cpuSeconds / seconds;
        }
    }

    private static Result fullPipeline(Path data, Path store) throws IOException {
        // Arguments, not default properties: application.yaml would override those.
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(HubApplication.class)
            .web(WebApplicationType.NONE)
            .run("--hub.neo4j.embedded.data-dir=" + store, "--hub.neo4j.embedded.page-cache-size=" + PAGE_CACHE,
                    "--hub.demo.enabled=false", "--logging.level.root=WARN",
                    "--spring.main.banner-mode=off")) {
            TimedSink sink = new TimedSink(hub.getBean(CaseSink.class));
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            long records = readAll(data, sink, BATCH);
            Result result = new Result(records, seconds(started), seconds(cpuStarted, processCpuNanos()));
            System.out.printf("full pipeline: %.1f s in the sink (write, link), the rest reading the files%n",
                    sink.nanos / 1e9);
            // What stays without garbage: the linking index, and the hub's and the embedded database's own heap.
            long live = liveHeap();
            LinkingIndex index = hub.getBean(LinkingIndex.class);
            index.invalidate();
            long withoutIndex = liveHeap();
            System.out.printf("live heap after the full pipeline: %,d MiB, of which the linking index %,d MiB%n",
                    live >> 20, (live - withoutIndex) >> 20);
            printIndexReload(hub.getBean(Driver.class), index);
            try (var session = hub.getBean(Driver.class).session()) {
                // Sizes of what linking built: a runaway group would show here first.
                System.out.println(session.run("""
                        CALL () { MATCH (p:Person) RETURN count(p) AS persons, max(p.mentions) AS largestPerson }
                        CALL () { MATCH (h:Household) RETURN count(h) AS households }
                        CALL () { MATCH (d:Dispute) RETURN count(d) AS disputes, max(d.caseCount) AS largestDispute,
                                  sum(CASE WHEN d.hot THEN 1 ELSE 0 END) AS hot }
                        RETURN persons, largestPerson, households, disputes, largestDispute, hot
                        """).single().asMap());
            }
            System.out.printf("full pipeline store: %,d MiB%n", megabytes(store));
            return result;
        }
    }

    /**
     * What a restart costs: before its first batch the sink reads the whole graph into the linking index, a page
     * of cases per read transaction.
     */
    private static void printIndexReload(Driver driver, LinkingIndex index) {
        long started = System.nanoTime();
        try (var session = driver.session()) {
            index.loadIfStale(session);
            System.out.printf("linking index read from the graph, as after a restart: %.1f s%n", seconds(started));
        }
        catch (Neo4jException failed) {
            System.out.printf("linking index NOT read from the graph after %.1f s: %s%n", seconds(started),
                    failed.getMessage());
        }
    }

    private static Result bareLoader(Path data, Path store) throws IOException {
        try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(new EmbeddedNeo4jProperties(store, 0, PAGE_CACHE, java.time.Duration.ofMinutes(10)));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(),
                        DriverSettings.apply(Config.builder()).build())) {
            new SchemaMigrations(driver);
            BareLoader loader = new BareLoader(driver, BATCH);
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            long records = readAll(data, loader, BATCH);
            loader.writeTruthLinks(data.resolve("truth"));
            Result result = new Result(records, seconds(started), seconds(cpuStarted, processCpuNanos()));
            System.out.printf("bare loader store: %,d MiB%n", megabytes(store));
            return result;
        }
    }

    /** What a store takes on disk: with a page cache smaller than this, reads go through the file system. */
    private static long megabytes(Path store) throws IOException {
        try (var files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() >> 20;
        }
    }

    /** Every file of the three sources through the connectors' own readers, in batches. */
    public static long readAll(Path data, CaseSink sink, int batchSize) throws IOException {
        JsonLinesReader hotline = new JsonLinesReader(Source.HOTLINE, new WorkOrderMapper());
        JsonLinesReader police = new JsonLinesReader(Source.POLICE, new PoliceIncidentMapper()::fromJson);
        PetitionCsvReader petitions = new PetitionCsvReader();
        long accepted = 0;
        for (Path file : files(data)) {
            BatchingSink batches = new BatchingSink(sink, batchSize);
            try (InputStream input = Files.newInputStream(file)) {
                String name = file.getFileName().toString();
                switch (file.getParent().getFileName().toString()) {
                    case "hotline" -> hotline.read(input, name, batches);
                    case "police" -> police.read(input, name, batches);
                    default -> petitions.read(input, name, batches);
                }
            }
            batches.close();
            accepted += batches.received();
        }
        return accepted;
    }

    /**
     * Every record of the set, as {@link #readAll} reads them, delivered in a random order: the batches mix
     * sources and versions. Arrival order must change no link.
     */
    public static void readShuffled(Path data, CaseSink sink, int batchSize, Random random) throws IOException {
        List<CaseRecord> all = new ArrayList<>();
        readAll(data, new CaseSink() {
            @Override
            public int accept(List<CaseRecord> cases) {
                all.addAll(cases);
                return cases.size();
            }

            @Override
            public void quarantine(List<QuarantinedRecord> quarantined) {
                sink.quarantine(quarantined);
            }
        }, batchSize);
        Collections.shuffle(all, random);
        for (int from = 0; from < all.size(); from += batchSize) {
            sink.accept(all.subList(from, Math.min(all.size(), from + batchSize)));
        }
    }

    private static List<Path> files(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(file -> file.toString().endsWith(".jsonl") || file.toString().endsWith(".csv"))
                .filter(file -> !file.startsWith(data.resolve("truth")))
                .sorted()
                .toList();
        }
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double seconds(long startedNanos) {
        return seconds(startedNanos, System.nanoTime());
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    /** CPU time of every thread of this JVM, the embedded database's and the garbage collector's included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    /** How long the hub's sink took: the time not spent reading and parsing the files. */
    private static final class TimedSink implements CaseSink {

        private final CaseSink sink;
        private long nanos;

        TimedSink(CaseSink sink) {
            this.sink = sink;
        }

        @Override
        public int accept(List<CaseRecord> cases) {
            long started = System.nanoTime();
            try {
                return sink.accept(cases);
            }
            finally {
                nanos += System.nanoTime() - started;
            }
        }

        @Override
        public void quarantine(List<QuarantinedRecord> records) {
            sink.quarantine(records);
        }
    }

    /** Samples used heap every 50 ms and keeps the peak since the last reset. */
    private static final class HeapWatch extends Thread {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();

        HeapWatch() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                }
                catch (InterruptedException stopped) {
                    return;
                }
            }
        }

        long reset() {
            return peak.getAndSet(0);
        }
    }
}
