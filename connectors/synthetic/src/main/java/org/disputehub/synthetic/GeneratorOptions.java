package org.disputehub.synthetic;

import java.time.LocalDate;

/**
 * What to generate. Give the size as {@code records} (approximate number of cases over the three
 * sources) or {@code persons}; a zero is derived from the other with the ratio of the dev data set.
 *
 * @param seed      same seed and options give byte-identical output
 * @param records   approximate number of cases (hotline orders + petitions + police incidents)
 * @param persons   number of persons living in the synthetic county
 * @param start     first day of the period covered
 * @param days      length of the period
 * @param hard      more homophone typos, plus movers and namesakes
 * @param badRate   share of extra, broken records (listed in truth/bad.csv)
 * @param policeSql also write police/police.sql
 */
public record GeneratorOptions(long seed, int records, int persons, LocalDate start, int days,
                               boolean hard, double badRate, boolean policeSql) {

    public static final long DEFAULT_SEED = 20261122L;
    public static final int DEFAULT_RECORDS = 2_000;
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 1);
    public static final int DEFAULT_DAYS = 180;
    public static final double DEFAULT_BAD_RATE = 0.01;

    /** Persons per case in the dev set (3000 persons, about 2370 cases). */
    static final double PERSONS_PER_RECORD = 1.27;

    public GeneratorOptions {
        if (records < 0 || persons < 0 || records == 0 && persons == 0) {
            throw new IllegalArgumentException("give records or persons (> 0)");
        }
        if (records == 0) {
            records = Math.max(1, (int) Math.round(persons / PERSONS_PER_RECORD));
        }
        if (persons == 0) {
            persons = (int) Math.ceil(records * PERSONS_PER_RECORD);
        }
        if (persons < 20) {
            throw new IllegalArgumentException("persons must be at least 20");
        }
        if (start == null) {
            start = DEFAULT_START;
        }
        if (days < 14) {
            throw new IllegalArgumentException("days must be at least 14");
        }
        if (badRate < 0 || badRate > 0.5) {
            throw new IllegalArgumentException("bad rate must be within [0, 0.5]");
        }
    }

    public static GeneratorOptions defaults() {
        return forRecords(DEFAULT_RECORDS);
    }

    public static GeneratorOptions forRecords(int records) {
        return new GeneratorOptions(DEFAULT_SEED, records, 0, DEFAULT_START, DEFAULT_DAYS, false,
                DEFAULT_BAD_RATE, false);
    }

    public static GeneratorOptions forPersons(int persons) {
        return new GeneratorOptions(DEFAULT_SEED, 0, persons, DEFAULT_START, DEFAULT_DAYS, false,
                DEFAULT_BAD_RATE, false);
    }

    public GeneratorOptions withSeed(long newSeed) {
        return new GeneratorOptions(newSeed, records, persons, start, days, hard, badRate, policeSql);
    }

    public GeneratorOptions withPeriod(LocalDate newStart, int newDays) {
        return new GeneratorOptions(seed, records, persons, newStart, newDays, hard, badRate, policeSql);
    }

    public GeneratorOptions withHard(boolean newHard) {
        return new GeneratorOptions(seed, records, persons, start, days, newHard, badRate, policeSql);
    }

    public GeneratorOptions withBadRate(double newBadRate) {
        return new GeneratorOptions(seed, records, persons, start, days, hard, newBadRate, policeSql);
    }

    public GeneratorOptions withPoliceSql(boolean newPoliceSql) {
        return new GeneratorOptions(seed, records, persons, start, days, hard, badRate, newPoliceSql);
    }

    /** Last day covered (inclusive). */
    public LocalDate end() {
        return start.plusDays(days - 1L);
    }
}
