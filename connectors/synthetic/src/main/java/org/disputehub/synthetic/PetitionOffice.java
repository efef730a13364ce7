package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.disputehub.synthetic.AreaCatalog.Village;
import org.disputehub.synthetic.MentionWriter.Place;
import org.disputehub.synthetic.PetitionExports.BadRow;
import org.disputehub.synthetic.PetitionExports.Snapshot;

/**
 * The letters and visits office: registers petitions (group petitions list every petitioner)
 * and exports a petition again with each change of its state.
 */
final class PetitionOffice {

    private static final String[] FORMS = {"来访", "来信", "网上信访", "电话"};
    private static final int[] FORM_WEIGHTS = {40, 20, 30, 10};
    private static final String[] DEMANDS = {"要求依法处理。", "要求调解解决。", "要求赔偿损失。", "要求尽快落实。"};
    private static final String[] BAD_TIMES = {"昨天下午", "2026-13-05 10:00:00", "N/A", "15/03/2026 9:12"};
    private static final String[] BAD_REASONS = {
        "missing_primary_key", "unparsable_date", "wrong_column_count", "invalid_encoding"};

    /** Petitioners sorted as the scorer numbers them: by ID number, then name, as written (code points). */
    static final Comparator<MentionText> FILE_ORDER = Comparator
            .comparing((MentionText text) -> text.idNumber() == null ? "" : text.idNumber(), PetitionOffice::byCodePoint)
            .thenComparing(MentionText::name, PetitionOffice::byCodePoint);

    private record Petitioner(int person, MentionText text) {
    }

    private record State(String status, long at) {
    }

    /** What stays the same in every export of one petition. */
    private record Draft(String number, String registered, String form, List<Petitioner> petitioners, String area,
                         String category, String matter, String respondent, String unit, boolean repeat,
                         String firstNumber) {

        Snapshot snapshot(State state) {
            List<String[]> rows = new ArrayList<>(petitioners.size());
            for (Petitioner petitioner : petitioners) {
                MentionText text = petitioner.text();
                rows.add(new String[] {
                    number, registered, Times.localText(state.at()), form, text.name(), blank(text.idNumber()),
                    blank(text.phone()), blank(text.address()), Integer.toString(petitioners.size()), area, category,
                    matter, respondent, state.status(), unit, state.status().equals("已办结") ? Times.date(state.at()) : "",
                    repeat ? "是" : "否", firstNumber});
            }
            return new Snapshot(number, state.at(), rows);
        }
    }

    private final GenerationContext context;
    private final PetitionExports exports;
    private final RecordNumbers numbers;

    PetitionOffice(GenerationContext context, PetitionExports exports) {
        this.context = context;
        this.exports = exports;
        this.numbers = new RecordNumbers("XF", 5, Dice.of(context.options.seed(), 53, 0));
    }

    void dispute(Dispute dispute, Step step, Dice dice) {
        long at = step.at();
        long day = Times.epochDay(at);
        List<Integer> persons = new ArrayList<>();
        persons.add(dispute.complainant);
        if (dispute.fellowPetitioners.length > 0 && dice.chance(0.85)) {
            for (int fellow : dispute.fellowPetitioners) {
                persons.add(fellow);
            }
        }
        List<Petitioner> petitioners = petitioners(persons, day, dice);
        boolean repeat = dispute.firstPetition() != null;
        String other = dispute.other >= 0 ? context.mentions.nameInText(dispute.other, dice)
                : dice.chance(0.1) ? "\"" + dispute.organisation + "\"" : dispute.organisation;
        String matter = (repeat ? "信访人再次反映" : "信访人反映")
                + IssueTemplates.fill(dispute.issueTemplate, other, dispute.amount)
                + (dice.chance(0.15) ? "," : "，") + dice.pick(DEMANDS);
        String respondent = dispute.other < 0 ? dispute.organisation
                : dice.chance(0.75) ? context.mentions.nameInText(dispute.other, dice) : "";
        String number = numbers.next(at);
        Draft draft = new Draft(number, registered(at, dice), FORMS[dice.weighted(FORM_WEIGHTS)], petitioners,
                area(dispute.village, dice), dispute.category.label, matter, respondent,
                dispute.category.unit(dispute.village.township(), context.county()), repeat,
                repeat && dice.chance(0.85) ? dispute.firstPetition() : "");
        dispute.addPetition(number);
        long latest = release(draft, lifecycle(at, dice), dice);
        context.recordCase(Source.PETITION, number, dispute.id(), Times.localText(latest));
        mentions(number, petitioners, day);
    }

    void standalone(StandaloneKind kind, long at, Dice dice) {
        long day = Times.epochDay(at);
        int person = context.picker.anyAdult(day, dice);
        Draft draft = standaloneDraft(numbers.next(at), kind, person, at, dice);
        String matter = context.singleMatter(kind.category, person, at);
        long latest = release(draft, lifecycle(at, dice), dice);
        context.recordCase(Source.PETITION, draft.number(), matter, Times.localText(latest));
        mentions(draft.number(), draft.petitioners(), day);
        context.stats.recordsStandalone++;
    }

    private Draft standaloneDraft(String number, StandaloneKind kind, int person, long at, Dice dice) {
        long day = Times.epochDay(at);
        Village village = context.population.village(context.population.householdAt(person, day));
        return new Draft(number, registered(at, dice), FORMS[dice.weighted(FORM_WEIGHTS)],
                petitioners(List.of(person), day, dice), area(village, dice), kind.category,
                kind.text(village.name(), village.township().name(), dice), "", context.county() + kind.handler,
                false, "");
    }

    /** A broken row of a petition of its own, not part of the truth; listed in bad.csv by the export. */
    void bad(long at, Dice dice) {
        long day = Times.epochDay(at);
        int person = context.picker.anyAdult(day, dice);
        StandaloneKind kind = StandaloneKind.pick(Source.PETITION, dice);
        Draft draft = standaloneDraft(numbers.next(at), kind, person, at, dice);
        String[] values = draft.snapshot(new State("受理", at)).rows().get(0);
        String reason = dice.pick(BAD_REASONS);
        switch (reason) {
            case "missing_primary_key" -> values[PetitionExports.NUMBER] = "";
            case "unparsable_date" -> values[PetitionExports.UPDATED] = dice.pick(BAD_TIMES);
            case "invalid_encoding" -> values[PetitionExports.NAME] = context.population.name(person);
            default -> {
                // the export drops a column
            }
        }
        exports.addBad(at, new BadRow(values, reason));
        context.stats.bad(Source.PETITION, reason);
    }

    /** Each petitioner written once; the same text goes into every export of the petition. */
    private List<Petitioner> petitioners(List<Integer> persons, long day, Dice dice) {
        List<Petitioner> petitioners = new ArrayList<>(persons.size());
        Set<String> keys = new HashSet<>();
        for (int person : persons) {
            for (int attempt = 0; attempt < 5; attempt++) {
                MentionText text = context.mentions.write(Source.PETITION, person, day, null, Place.HOME, null, dice);
                // Two rows written identically could not be told apart by their ordinal.
                if (keys.add(text.idNumber() + "|" + text.name())) {
                    petitioners.add(new Petitioner(person, text));
                    break;
                }
            }
        }
        return petitioners;
    }

    private void mentions(String number, List<Petitioner> petitioners, long day) {
        List<Petitioner> sorted = new ArrayList<>(petitioners);
        sorted.sort(Comparator.comparing(Petitioner::text, FILE_ORDER));
        for (int i = 0; i < sorted.size(); i++) {
            Petitioner petitioner = sorted.get(i);
            context.recordMention(Source.PETITION, number, Integer.toString(i + 1), petitioner.person(), day,
                    petitioner.text());
        }
    }

    /** Accepted (or rejected) within a day or two, then in progress, then concluded; in office hours. */
    private static List<State> lifecycle(long registered, Dice dice) {
        List<State> states = new ArrayList<>(3);
        long at = Math.max(registered + 10 * Times.MINUTE, officeTime(registered, dice.between(0, 1), dice));
        if (dice.chance(0.08)) {
            states.add(new State("不予受理", at));
            return states;
        }
        states.add(new State("受理", at));
        if (dice.chance(0.7)) {
            at = officeTime(at, dice.between(2, 10), dice);
            states.add(new State("办理中", at));
        }
        if (dice.chance(0.8)) {
            at = officeTime(at, dice.between(5, 40), dice);
            states.add(new State("已办结", at));
        }
        return states;
    }

    private static long officeTime(long from, int daysLater, Dice dice) {
        long day = Times.epochDay(from) + daysLater;
        return day * Times.DAY - Times.OFFSET.getTotalSeconds() + Times.secondOfDay(Source.PETITION, dice);
    }

    /** Schedules the exports of each state within the period; returns the latest 更新时间. */
    private long release(Draft draft, List<State> states, Dice dice) {
        List<State> exported = new ArrayList<>(states.size());
        for (State state : states) {
            if (state.at() <= context.periodEnd) {
                exported.add(state);
            }
        }
        if (exported.isEmpty()) {
            exported.add(new State(states.get(0).status(), context.periodEnd));
        }
        Set<Integer> periods = new HashSet<>();
        for (State state : exported) {
            periods.add(exports.periodOf(state.at()));
            context.scheduler.at(state.at(), () -> exports.add(state.at(), draft.snapshot(state)));
        }
        State newest = exported.get(exported.size() - 1);
        long resendAt = newest.at() + dice.between(14 * Times.DAY, 30 * Times.DAY);
        if (exported.size() > 1 && dice.chance(0.06) && resendAt <= context.periodEnd) {
            State stale = exported.get(dice.below(exported.size() - 1));
            periods.add(exports.periodOf(resendAt));
            context.scheduler.at(resendAt, () -> exports.add(resendAt, draft.snapshot(stale)));
            context.stats.petitionStaleResent++;
        }
        if (periods.size() > 1) {
            context.stats.petitionsInSeveralFiles++;
        }
        return newest.at();
    }

    private static String registered(long at, Dice dice) {
        return dice.chance(0.85) ? Times.date(at) : Times.slashDate(at);
    }

    private static String area(Village village, Dice dice) {
        double roll = dice.unit();
        return roll < 0.4 ? village.name()
                : roll < 0.7 ? village.township().name() + village.name() : village.township().name();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
