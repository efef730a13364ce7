package org.disputehub.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Seeded synthetic source data for the hub: hotline work orders (JSON Lines), petition exports
 * (GB18030 CSV) and police incidents (JSON Lines, optionally SQL) about the persons of the
 * synthetic county 青岚县, with the noise real records have, and a truth/ folder that
 * {@code eval_linking.py} scores against. The same options give byte-identical files.
 *
 * <pre>
 * GenerationSummary summary = SyntheticSources.generate(GeneratorOptions.forRecords(100_000), Path.of("out"));
 * </pre>
 */
public final class SyntheticSources {

    private SyntheticSources() {
    }

    /**
     * Writes {@code out/hotline}, {@code out/petition}, {@code out/police} and {@code out/truth},
     * replacing files an earlier generation left there.
     */
    public static GenerationSummary generate(GeneratorOptions options, Path out) {
        try {
            return new GenerationRun(options, out).run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        CliArguments.Parsed parsed;
        try {
            parsed = CliArguments.parse(args);
        }
        catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(CliArguments.USAGE);
            System.exit(2);
            return;
        }
        if (parsed.help()) {
            System.out.print(CliArguments.USAGE);
            return;
        }
        GenerationSummary summary = generate(parsed.options(), parsed.out());
        System.out.printf("%d cases (%s), %d mentions, %d bad records; %d persons in %d households; "
                        + "%d disputes (%d hot); %.1f MB of source files in %s; %.1f s%n",
                summary.totalCases(), summary.cases(), summary.totalMentions(), summary.badRecords(),
                summary.persons(), summary.households(), summary.disputes(), summary.hotDisputes(),
                summary.sourceBytes() / 1e6, summary.output(), summary.elapsed().toMillis() / 1000.0);
    }
}
