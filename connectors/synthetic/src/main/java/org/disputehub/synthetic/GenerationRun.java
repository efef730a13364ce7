package org.disputehub.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

/**
 * One generation, day by day: new disputes and standalone records are planned each day and
 * the scheduler writes every record, version and state at its time, so files come out in time
 * order and memory holds only what is still to come.
 */
final class GenerationRun {

    /** Share of records that belong to no planned dispute (dev set: about 30 %). */
    private static final double STANDALONE_SHARE = 0.30;
    /** Share of a dispute's planned records that fall within the period (the end cuts some off). */
    private static final double KEPT_SHARE = 0.93;
    private static final long HOTLINE_FILE_WINDOW = 60 * Times.DAY;
    private static final long POLICE_FILE_WINDOW = 180 * Times.DAY;
    private static final int MAX_LINES_PER_FILE = 250_000;

    private final GeneratorOptions options;
    private final Path out;
    private final JsonMapper json = JsonMapper.builder().build();

    GenerationRun(GeneratorOptions options, Path out) {
        this.options = options;
        this.out = out;
    }

    GenerationSummary run() throws IOException {
        long started = System.nanoTime();
        OutputFolder.prepare(out);
        AreaCatalog areas = AreaCatalog.load();
        Population population = new PopulationBuilder(areas, options).build();
        Stats stats = new Stats();
        FileStats files = new FileStats(out);
        long periodStart = Times.startOf(options.start());
        TruthFiles truth;
        try (BackgroundWriter background = new BackgroundWriter()) {
            truth = new TruthFiles(out.resolve("truth"), background);
            try (truth) {
                truth.world(population);
                try (JsonLinesFiles hotlineFiles = new JsonLinesFiles(out.resolve("hotline"), "work-orders",
                             periodStart, HOTLINE_FILE_WINDOW, MAX_LINES_PER_FILE, files, background, json);
                     JsonLinesFiles policeFiles = new JsonLinesFiles(out.resolve("police"), "incidents", periodStart,
                             POLICE_FILE_WINDOW, MAX_LINES_PER_FILE, files, background, json);
                     PoliceSql sql = options.policeSql()
                             ? new PoliceSql(out.resolve("police/police.sql"), files, background) : null;
                     PetitionExports petitionFiles = new PetitionExports(out.resolve("petition"), options.start(),
                             options.end(), options.seed(), files, truth, background)) {
                    GenerationContext context = context(areas, population, truth, stats);
                    new Days(context, new HotlineDesk(context, hotlineFiles), new PoliceDesk(context, policeFiles, sql),
                            new PetitionOffice(context, petitionFiles)).run();
                }
            }
        }
        SummaryFile.write(out.resolve("truth/summary.json"), json, options, areas, population, stats, files, truth);
        return new GenerationSummary(options, out, population.households(), population.persons(), population.movers,
                population.namesakePairs, truth.disputes() - stats.standaloneMatters, truth.hotDisputes(),
                stats.standaloneMatters, stats.records, stats.mentions, truth.badRecords(), files.totalBytes(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private GenerationContext context(AreaCatalog areas, Population population, TruthFiles truth, Stats stats) {
        NoiseRates rates = NoiseRates.of(options.hard());
        TextVariants variants = new TextVariants();
        AddressNoise addresses = new AddressNoise(rates, variants, areas.countyName());
        MentionWriter mentions = new MentionWriter(population, new NameNoise(rates, new Homophones(), variants),
                new IdNoise(rates), new PhoneNoise(rates), addresses);
        return new GenerationContext(options, areas, population, mentions, addresses, truth, stats,
                new Scheduler(Times.startOf(options.start())), json);
    }

    /** The day loop. */
    private static final class Days {

        private final GenerationContext context;
        private final GeneratorOptions options;
        private final HotlineDesk hotline;
        private final PoliceDesk police;
        private final PetitionOffice petitions;
        private final DisputePlanner planner;
        private long badRecords;

        Days(GenerationContext context, HotlineDesk hotline, PoliceDesk police, PetitionOffice petitions) {
            this.context = context;
            this.options = context.options;
            this.hotline = hotline;
            this.police = police;
            this.petitions = petitions;
            this.planner = new DisputePlanner(context.areas, context.population, context.picker,
                    new Organisations(context.county()));
        }

        void run() {
            int disputeTotal = (int) Math.round(options.records() * (1 - STANDALONE_SHARE)
                    / (DisputePlanner.meanPathLength() * KEPT_SHARE));
            int standaloneTotal = (int) Math.round(options.records() * STANDALONE_SHARE);
            long periodStart = Times.startOf(options.start());
            int disputes = 0;
            long planned = 0;
            long standalone = 0;
            for (int day = 0; day < options.days(); day++) {
                long dayStart = periodStart + day * Times.DAY;
                Dice dayDice = Dice.of(options.seed(), 10, day);
                for (int k = share(disputeTotal, day); k > 0; k--) {
                    Dispute dispute = planner.plan(disputes + 1, dayStart, context.periodEnd,
                            Dice.of(options.seed(), 20, planned++));
                    context.stats.disputesPlanned++;
                    if (dispute != null) {
                        disputes++;
                        start(dispute, dayDice);
                    }
                }
                for (int k = share(standaloneTotal, day); k > 0; k--) {
                    Dice dice = Dice.of(options.seed(), 30, standalone++);
                    StandaloneKind kind = StandaloneKind.pick(dice);
                    long at = dayStart + Times.secondOfDay(kind.source, dice);
                    context.scheduler.at(at, () -> standalone(kind, at, dice));
                    maybeBad(kind.source, at, dayDice);
                }
                context.scheduler.runUntil(dayStart + Times.DAY);
            }
            context.scheduler.runUntil(Long.MAX_VALUE);
        }

        /** Spreads a total evenly over the days, the remainders included. */
        private int share(int total, int day) {
            return (int) ((long) (day + 1) * total / options.days() - (long) day * total / options.days());
        }

        private void start(Dispute dispute, Dice dayDice) {
            context.stats.disputesWithRecords++;
            if (dispute.steps.size() == 1) {
                context.stats.disputeSingletons++;
            }
            for (int i = 0; i < dispute.steps.size(); i++) {
                Step step = dispute.steps.get(i);
                Dice dice = Dice.of(options.seed(), 21, (long) dispute.number * 16 + i);
                context.scheduler.at(step.at(), () -> record(dispute, step, dice));
                maybeBad(step.source(), step.at(), dayDice);
            }
        }

        private void record(Dispute dispute, Step step, Dice dice) {
            switch (step.source()) {
                case HOTLINE -> hotline.complaint(dispute, step, dice);
                case POLICE -> police.dispute(dispute, step, dice);
                case PETITION -> petitions.dispute(dispute, step, dice);
            }
            if (dispute.recorded(step)) {
                context.truth.dispute(dispute.id(), dispute.category.label, dispute.hot, dispute.partyIds(),
                        dispute.firstAt(), dispute.lastAt());
            }
        }

        private void standalone(StandaloneKind kind, long at, Dice dice) {
            switch (kind.source) {
                case HOTLINE -> hotline.standalone(kind, at, dice);
                case POLICE -> police.standalone(kind, at, dice);
                case PETITION -> petitions.standalone(kind, at, dice);
            }
        }

        /** Now and then a broken record of the same source turns up near a good one. */
        private void maybeBad(Source source, long near, Dice dayDice) {
            if (!dayDice.chance(options.badRate())) {
                return;
            }
            Dice dice = Dice.of(options.seed(), 40, badRecords++);
            long at = Math.min(near + dice.between(0, 2 * Times.HOUR), context.periodEnd);
            context.scheduler.at(at, () -> {
                switch (source) {
                    case HOTLINE -> hotline.bad(at, dice);
                    case POLICE -> police.bad(at, dice);
                    case PETITION -> petitions.bad(at, dice);
                }
            });
        }
    }
}
