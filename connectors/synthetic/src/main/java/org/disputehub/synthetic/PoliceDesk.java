package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.disputehub.synthetic.AreaCatalog.Village;
import org.disputehub.synthetic.MentionWriter.Place;

/** The 110 police records system: one incident per call, with its parties. */
final class PoliceDesk {

    @JsonPropertyOrder({"seq", "name", "idNumber", "phone", "role"})
    record Party(int seq, String name, String idNumber, String phone, String role) {
    }

    @JsonPropertyOrder({"incidentNo", "reportedAt", "updatedAt", "reporterName", "reporterPhone", "address",
        "incidentType", "incidentSubtype", "summary", "station", "outcome", "referredToMediation", "parties"})
    record Incident(String incidentNo, String reportedAt, String updatedAt, String reporterName, String reporterPhone,
                    String address, String incidentType, String incidentSubtype, String summary, String station,
                    String outcome, boolean referredToMediation, List<Party> parties) {
    }

    static final String CALLER = "报警人";
    private static final String[] DISPUTE_OUTCOMES = {"现场调解", "移交调解组织", "其他"};
    private static final int[] DISPUTE_OUTCOME_WEIGHTS = {50, 35, 15};
    private static final String[] FIGHT_OUTCOMES = {"治安处罚", "现场调解", "移交调解组织"};
    private static final int[] FIGHT_OUTCOME_WEIGHTS = {50, 30, 20};
    private static final String[] DATE_FIELDS = {"reportedAt", "updatedAt"};

    private final GenerationContext context;
    private final JsonLinesFiles files;
    private final PoliceSql sql;
    private final RecordNumbers numbers;

    /** @param sql null unless police.sql is wanted */
    PoliceDesk(GenerationContext context, JsonLinesFiles files, PoliceSql sql) {
        this.context = context;
        this.files = files;
        this.sql = sql;
        this.numbers = new RecordNumbers("JQ", 6, Dice.of(context.options.seed(), 52, 0));
    }

    private record Involved(int person, String role, MentionText text) {
    }

    void dispute(Dispute dispute, Step step, Dice dice) {
        long at = step.at();
        long day = Times.epochDay(at);
        int reporter = step.byOtherParty() ? dispute.other : dispute.complainant;
        int otherSide = reporter == dispute.complainant ? dispute.other : dispute.complainant;
        List<Involved> involved = new ArrayList<>(3);
        involved.add(party(reporter, CALLER, day, dice));
        if (otherSide >= 0 && dice.chance(0.85)) {
            involved.add(party(otherSide, step.escalation() ? "嫌疑人" : "当事人", day, dice));
        }
        if (dice.chance(0.08)) {
            int witness = context.picker.neighbourOf(reporter, day, dice);
            if (witness >= 0 && witness != otherSide) {
                involved.add(party(witness, "证人", day, dice));
            }
        }
        String other = otherSide >= 0 ? context.mentions.nameInText(otherSide, dice) : dispute.organisation;
        String issue;
        String outcome;
        if (step.escalation()) {
            issue = IssueTemplates.escalation(dispute.category, otherSide >= 0 && dice.chance(0.5) ? other : null);
            outcome = FIGHT_OUTCOMES[dice.weighted(FIGHT_OUTCOME_WEIGHTS)];
        }
        else {
            issue = reporter == dispute.complainant && dice.chance(0.75)
                    ? IssueTemplates.fill(dispute.issueTemplate, other, dispute.amount)
                    : IssueTemplates.generic(dispute.category, other);
            outcome = DISPUTE_OUTCOMES[dice.weighted(DISPUTE_OUTCOME_WEIGHTS)];
        }
        String type = step.escalation() ? DisputeCategory.ESCALATION_TYPE : dispute.category.policeType;
        String subtype = step.escalation() ? DisputeCategory.ESCALATION_SUBTYPE : dispute.category.policeSubtype;
        String incidentNo = numbers.next(at);
        long updatedAt = publish(incidentNo, at, involved, place(dispute.complainant, dispute.village, day, dice),
                type, subtype, "报警人称" + issue + "。" + sentence(outcome, true, dice), dispute.village, outcome, dice);
        context.recordCase(Source.POLICE, incidentNo, dispute.id(), Times.iso(updatedAt));
        mentions(incidentNo, involved, day);
    }

    void standalone(StandaloneKind kind, long at, Dice dice) {
        long day = Times.epochDay(at);
        int reporter = context.picker.anyAdult(day, dice);
        Village village = context.population.village(context.population.householdAt(reporter, day));
        List<Involved> involved = List.of(party(reporter, CALLER, day, dice));
        String incidentNo = numbers.next(at);
        String summary = kind.text(village.name(), village.township().name(), dice) + sentence(kind.handler, false, dice);
        long updatedAt = publish(incidentNo, at, involved, place(reporter, village, day, dice), kind.type,
                kind.category, summary, village, kind.handler, dice);
        String matter = context.singleMatter(kind.category, reporter, at);
        context.recordCase(Source.POLICE, incidentNo, matter, Times.iso(updatedAt));
        mentions(incidentNo, involved, day);
        context.stats.recordsStandalone++;
    }

    /** A broken line, not part of the truth; listed in bad.csv. */
    void bad(long at, Dice dice) {
        long day = Times.epochDay(at);
        int reporter = context.picker.anyAdult(day, dice);
        Village village = context.population.village(context.population.householdAt(reporter, day));
        StandaloneKind kind = StandaloneKind.pick(Source.POLICE, dice);
        Involved caller = party(reporter, CALLER, day, dice);
        Incident incident = incident(numbers.next(at), at, at + dice.between(Times.HOUR, 30 * Times.HOUR),
                List.of(caller), place(reporter, village, day, dice), kind.type, kind.category,
                kind.text(village.name(), village.township().name(), dice) + sentence(kind.handler, false, dice),
                village, kind.handler);
        String reason = dice.pick(JsonDamage.REASONS);
        JsonLinesFiles.Location location =
                files.writeLine(at, JsonDamage.damage(context.json, incident, "incidentNo", DATE_FIELDS, reason, dice));
        context.truth.bad(Source.POLICE, location.file(), location.line(), reason);
        context.stats.bad(Source.POLICE, reason);
    }

    private Involved party(int person, String role, long day, Dice dice) {
        return new Involved(person, role,
                context.mentions.write(Source.POLICE, person, day, role, Place.NONE, null, dice));
    }

    /** Where it happened: at the complainant's home or somewhere in the village. */
    private String place(int person, Village village, long day, Dice dice) {
        Tags ignored = new Tags();
        return dice.chance(0.6)
                ? context.addresses.home(context.population, context.population.householdAt(person, day), dice, ignored)
                : context.addresses.landmark(village, dice, ignored);
    }

    /** Writes the incident now; returns its updatedAt. */
    private long publish(String incidentNo, long at, List<Involved> involved, String address, String type,
                         String subtype, String summary, Village village, String outcome, Dice dice) {
        long updatedAt = Math.min(at + dice.between(Times.HOUR, 30 * Times.HOUR), context.periodEnd);
        Incident incident = incident(incidentNo, at, updatedAt, involved, address, type, subtype, summary, village,
                outcome);
        files.write(at, incident);
        if (sql != null) {
            sql.insert(incident, at, updatedAt);
        }
        return updatedAt;
    }

    private Incident incident(String incidentNo, long at, long updatedAt, List<Involved> involved, String address,
                              String type, String subtype, String summary, Village village, String outcome) {
        List<Party> parties = new ArrayList<>(involved.size());
        for (int i = 0; i < involved.size(); i++) {
            MentionText text = involved.get(i).text();
            parties.add(new Party(i + 1, text.name(), text.idNumber(), text.phone(), involved.get(i).role()));
        }
        MentionText caller = involved.get(0).text();
        return new Incident(incidentNo, Times.iso(at), Times.iso(updatedAt), caller.name(), caller.phone(), address,
                type, subtype, summary, context.areas.policeStation(village.township()), outcome,
                outcome.equals("移交调解组织"), parties);
    }

    private void mentions(String incidentNo, List<Involved> involved, long day) {
        for (int i = 0; i < involved.size(); i++) {
            Involved party = involved.get(i);
            context.recordMention(Source.POLICE, incidentNo, Integer.toString(i + 1), party.person(), day, party.text());
        }
    }

    private static String sentence(String outcome, boolean dispute, Dice dice) {
        return switch (outcome) {
            case "现场调解" -> "民警到场后进行调解，双方暂时平息。";
            case "移交调解组织" -> "民警到场后移交村调委会调解。";
            case "治安处罚" -> "民警到场后依法对违法行为人予以治安处罚。";
            case "立案侦查" -> "民警到场勘查后已立案侦查。";
            default -> dispute && dice.chance(0.5) ? "民警到场后告知双方通过法律途径解决。" : "民警到场后已妥善处置。";
        };
    }
}
