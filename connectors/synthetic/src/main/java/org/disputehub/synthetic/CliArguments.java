package org.disputehub.synthetic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The command line: {@code --out DIR} and the options of {@link GeneratorOptions}. */
final class CliArguments {

    static final String USAGE = """
            usage: synthetic-sources --out DIR [options]
              --out DIR          output folder (hotline/, petition/, police/, truth/)
              --records N        approximate number of cases over the three sources (default 2000)
              --persons N        persons in the county (default: 1.27 per record)
              --seed N           random seed (default 20261122); same seed, same files
              --start yyyy-MM-dd first day (default 2026-01-01)
              --days N           length of the period in days (default 180)
              --hard             more homophone typos, movers and namesakes
              --bad-rate R       share of extra broken records (default 0.01)
              --police-sql       also write police/police.sql
              --help             this text
            """;

    record Parsed(GeneratorOptions options, Path out, boolean help) {
    }

    private CliArguments() {
    }

    static Parsed parse(String... args) {
        long seed = GeneratorOptions.DEFAULT_SEED;
        int records = 0;
        int persons = 0;
        LocalDate start = GeneratorOptions.DEFAULT_START;
        int days = GeneratorOptions.DEFAULT_DAYS;
        boolean hard = false;
        double badRate = GeneratorOptions.DEFAULT_BAD_RATE;
        boolean policeSql = false;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            try {
                switch (flag) {
                    case "--help", "-h" -> {
                        return new Parsed(null, null, true);
                    }
                    case "--hard" -> hard = true;
                    case "--police-sql" -> policeSql = true;
                    case "--out" -> out = Path.of(value(args, ++i, flag));
                    case "--records" -> records = Integer.parseInt(value(args, ++i, flag));
                    case "--persons" -> persons = Integer.parseInt(value(args, ++i, flag));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, flag));
                    case "--start" -> start = LocalDate.parse(value(args, ++i, flag));
                    case "--days" -> days = Integer.parseInt(value(args, ++i, flag));
                    case "--bad-rate" -> badRate = Double.parseDouble(value(args, ++i, flag));
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("bad value for " + flag + ": " + e.getMessage(), e);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        if (records == 0 && persons == 0) {
            records = GeneratorOptions.DEFAULT_RECORDS;
        }
        return new Parsed(new GeneratorOptions(seed, records, persons, start, days, hard, badRate, policeSql), out,
                false);
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }
}
