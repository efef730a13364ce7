package org.disputehub.hub.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.hub.HubApplication;
import org.disputehub.hub.linking.LinkExporter;
import org.disputehub.hub.linking.LinkingIndex;
import org.disputehub.synthetic.GeneratorOptions;
import org.disputehub.synthetic.SyntheticSources;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Linking quality on a freshly generated set, to check that linking generalises beyond the dev set: generates
 * one (seed, size and the harder noise by system property; or reads the set in {@code score.data}, such as the
 * dev set), ingests it through the full pipeline and writes
 * the hub's links as PRED.json next to the set's {@code truth/}, for {@code eval_linking.py}. Settings to try
 * go to the hub from {@code score.settings} (space-separated, e.g. {@code hub.linking.person-threshold=1.2}) and
 * from the arguments. {@code score.shuffle} (a seed) delivers the records in a shuffled order instead of file by
 * file, to check that the order records arrive in changes no link; {@code score.batch} sets the records a sink
 * call (1000); {@code score.restart-every} (a number of sink calls) makes linking forget its in-memory index that
 * often, as a restarted hub has, so that it reads the graph back: restarts must change no link either. Run (see
 * README):
 *
 * <pre>./mvnw -q -pl hub test-compile exec:exec@linking-score -Dscore.records=3000 -Dscore.seed=11 -Dscore.hard=true</pre>
 */
public final class LinkingScoreRun {

    /** Records a sink call; batch composition must change no link either. */
    private static final int BATCH = Integer.getInteger("score.batch", 1000);

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("score.records", 3000);
        long seed = Long.getLong("score.seed", 11);
        boolean hard = Boolean.getBoolean("score.hard");
        String outProperty = System.getProperty("score.out", "");
        Path out = outProperty.isBlank() ? Files.createTempDirectory("hub-linking-score") : Path.of(outProperty);
        Stream<String> settings = Arrays.stream(System.getProperty("score.settings", "").trim().split("\\s+"))
            .filter(setting -> !setting.isEmpty())
            .map(setting -> "--" + setting);
        String given = System.getProperty("score.data", "");
        Path data = given.isBlank() ? generate(records, seed, hard, out.resolve("data")) : Path.of(given);
        // A graph left by an earlier run would be scored together with this one's links.
        FileSystemUtils.deleteRecursively(out.resolve("graph"));
        String shuffleSeed = System.getProperty("score.shuffle", "").trim();
        Long shuffle = shuffleSeed.isEmpty() ? null : Long.valueOf(shuffleSeed);
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(HubApplication.class)
            .web(WebApplicationType.NONE)
            .run(Stream.of(Stream.of("--hub.neo4j.embedded.data-dir=" + out.resolve("graph"),
                    "--hub.demo.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off"),
                    settings, Arrays.stream(args)).flatMap(stream -> stream).toArray(String[]::new))) {
            Restarting sink = new Restarting(Integer.getInteger("score.restart-every", 0), hub.getBean(CaseSink.class),
                    hub.getBean(LinkingIndex.class));
            if (shuffle == null) {
                IngestBenchmark.readAll(data, sink, BATCH);
            }
            else {
                IngestBenchmark.readShuffled(data, sink, BATCH, new Random(shuffle));
            }
            if (sink.restarts > 0) {
                System.out.printf("linking index forgotten and read back from the graph %d times%n", sink.restarts);
            }
            Path predicted = out.resolve("PRED.json");
            JsonMapper.builder().build().writeValue(predicted.toFile(), hub.getBean(LinkExporter.class).export());
            System.out.println("python3 ../shared/tools/eval_linking.py --truth " + data.resolve("truth")
                    + " --predicted " + predicted);
        }
        System.exit(0);
    }

    /** The hub's sink, with the linking index forgotten after every {@code every} calls (none: never). */
    private static final class Restarting implements CaseSink {

        private final int every;
        private final CaseSink sink;
        private final LinkingIndex index;
        private int calls;
        private int restarts;

        Restarting(int every, CaseSink sink, LinkingIndex index) {
            this.every = every;
            this.sink = sink;
            this.index = index;
        }

        @Override
        public int accept(List<CaseRecord> cases) {
            int written = sink.accept(cases);
            if (every > 0 && ++calls % every == 0) {
                index.invalidate();
                restarts++;
            }
            return written;
        }

        @Override
        public void quarantine(List<QuarantinedRecord> records) {
            sink.quarantine(records);
        }
    }

    private static Path generate(int records, long seed, boolean hard, Path data) throws IOException {
        GeneratorOptions options = GeneratorOptions.forRecords(records).withSeed(seed).withHard(hard);
        System.out.println(SyntheticSources.generate(options, data));
        return data;
    }
}
