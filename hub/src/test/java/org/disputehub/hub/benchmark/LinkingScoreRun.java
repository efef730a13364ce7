package org.disputehub.hub.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.HubApplication;
import org.disputehub.hub.linking.LinkExporter;
import org.disputehub.synthetic.GenerationSummary;
import org.disputehub.synthetic.GeneratorOptions;
import org.disputehub.synthetic.SyntheticSources;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Linking quality on a freshly generated set, to check that linking generalises beyond the dev set: generates
 * one (seed, size and the harder noise by system property), ingests it through the full pipeline and writes
 * the hub's links as PRED.json next to the set's {@code truth/}, for {@code eval_linking.py}. Arguments are
 * passed to the hub, e.g. {@code --hub.linking.person-threshold=1.2} to try other settings. Run (see README):
 *
 * <pre>./mvnw -q -pl hub test-compile exec:exec@linking-score -Dscore.records=3000 -Dscore.seed=11 -Dscore.hard=true</pre>
 */
public final class LinkingScoreRun {

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("score.records", 3000);
        long seed = Long.getLong("score.seed", 11);
        boolean hard = Boolean.getBoolean("score.hard");
        Path out = Path.of(System.getProperty("score.out", Files.createTempDirectory("hub-linking-score").toString()));
        GeneratorOptions options = GeneratorOptions.forRecords(records).withSeed(seed);
        if (hard) {
            options = options.withHard(true);
        }
        GenerationSummary summary = SyntheticSources.generate(options, out.resolve("data"));
        System.out.println(summary);
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(HubApplication.class)
            .web(WebApplicationType.NONE)
            .run(java.util.stream.Stream.concat(java.util.stream.Stream.of(
                    "--hub.neo4j.embedded.data-dir=" + out.resolve("graph"), "--hub.demo.enabled=false",
                    "--logging.level.root=WARN", "--spring.main.banner-mode=off"), java.util.Arrays.stream(args))
                .toArray(String[]::new))) {
            IngestBenchmark.readAll(out.resolve("data"), hub.getBean(CaseSink.class), 1000);
            Path predicted = out.resolve("PRED.json");
            JsonMapper.builder().build().writeValue(predicted.toFile(), hub.getBean(LinkExporter.class).export());
            System.out.println("python3 ../shared/tools/eval_linking.py --truth " + out.resolve("data/truth")
                    + " --predicted " + predicted);
        }
        System.exit(0);
    }
}
