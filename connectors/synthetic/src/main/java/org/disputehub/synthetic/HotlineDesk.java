package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.disputehub.synthetic.AreaCatalog.Village;
import org.disputehub.synthetic.MentionWriter.Place;

/**
 * The 12345 hotline: takes calls, writes work orders, and exports each order again whenever
 * it changes (with a growing version; now and then an old version is sent once more).
 */
final class HotlineDesk {

    @JsonPropertyOrder({"name", "phone", "idNumber"})
    record Caller(String name, String phone, String idNumber) {
    }

    @JsonPropertyOrder({"orderNo", "version", "channel", "receivedAt", "updatedAt", "caller", "appealType", "category",
        "content", "address", "areaCode", "assignedUnit", "status", "closedAt", "satisfaction", "relatedOrderNos"})
    record WorkOrder(String orderNo, int version, String channel, String receivedAt, String updatedAt, Caller caller,
                     String appealType, String category, String content, String address, String areaCode,
                     String assignedUnit, String status, String closedAt, String satisfaction,
                     List<String> relatedOrderNos) {

        WorkOrder as(Version state, String unit, String satisfactionWhenClosed) {
            boolean closed = state.status().equals("CLOSED");
            return new WorkOrder(orderNo, state.number(), channel, receivedAt, Times.iso(state.at()), caller,
                    appealType, category, content, address, areaCode, state.status().equals("RECEIVED") ? null : unit,
                    state.status(), closed ? Times.iso(state.at()) : null, closed ? satisfactionWhenClosed : null,
                    relatedOrderNos);
        }
    }

    record Version(int number, String status, long at) {
    }

    private static final String[] CHANNELS = {"PHONE", "WECHAT", "WEB", "APP"};
    private static final int[] CHANNEL_WEIGHTS = {70, 12, 10, 8};
    private static final String[] APPEALS = {"投诉", "求助", "举报"};
    private static final int[] APPEAL_WEIGHTS = {80, 14, 6};
    private static final String[] SATISFACTION = {"满意", "基本满意", "不满意"};
    private static final int[] SATISFACTION_WEIGHTS = {60, 25, 15};
    private static final String[] ENDINGS = {"要求尽快解决。", "请求相关部门协调处理。", "希望有关部门介入调解。"};
    private static final String[] DATE_FIELDS = {"receivedAt", "updatedAt"};

    private final GenerationContext context;
    private final JsonLinesFiles files;
    private final RecordNumbers numbers;

    HotlineDesk(GenerationContext context, JsonLinesFiles files) {
        this.context = context;
        this.files = files;
        this.numbers = new RecordNumbers("RX", 6, Dice.of(context.options.seed(), 51, 0));
    }

    void complaint(Dispute dispute, Step step, Dice dice) {
        long at = step.at();
        long day = Times.epochDay(at);
        int caller = step.byOtherParty() ? dispute.other : dispute.complainant;
        String orderNo = numbers.next(at);
        Place place = dice.chance(0.35) ? Place.LANDMARK : Place.HOME;
        MentionText text = context.mentions.write(Source.HOTLINE, caller, day, null, place, dispute.village, dice);
        String content = content(dispute, caller, dice);
        List<String> related = !dispute.hotlineOrders().isEmpty() && dice.chance(0.6)
                ? List.copyOf(dispute.hotlineOrders()) : List.of();
        dispute.addHotlineOrder(orderNo);
        WorkOrder order = new WorkOrder(orderNo, 0, CHANNELS[dice.weighted(CHANNEL_WEIGHTS)], Times.iso(at), null,
                new Caller(text.name(), text.phone(), text.idNumber()), APPEALS[dice.weighted(APPEAL_WEIGHTS)],
                dispute.category.label, content, text.address(), areaCode(dispute.village, dice), null, null, null,
                null, related);
        int latest = release(order, dispute.category.unit(dispute.village.township(), context.county()),
                lifecycle(at, false, dice), dice);
        context.recordCase(Source.HOTLINE, orderNo, dispute.id(), Integer.toString(latest));
        context.recordMention(Source.HOTLINE, orderNo, "caller", caller, day, text);
    }

    private String content(Dispute dispute, int caller, Dice dice) {
        StringBuilder content = new StringBuilder(dispute.hotlineOrders().isEmpty() ? "来电人反映：" : "来电人再次反映：");
        if (caller == dispute.complainant) {
            String other = dispute.other >= 0 ? context.mentions.nameInText(dispute.other, dice) : dispute.organisation;
            content.append(IssueTemplates.fill(dispute.issueTemplate, other, dispute.amount));
        }
        else {
            content.append(IssueTemplates.generic(dispute.category,
                    context.mentions.nameInText(dispute.complainant, dice)));
        }
        if (dispute.policeBefore()) {
            content.append("，此前已报警，问题仍未解决");
        }
        return content.append('，').append(dice.pick(ENDINGS)).toString();
    }

    void standalone(StandaloneKind kind, long at, Dice dice) {
        long day = Times.epochDay(at);
        int caller = context.picker.anyAdult(day, dice);
        Draft draft = standaloneOrder(numbers.next(at), kind, caller, at, dice);
        String orderNo = draft.order().orderNo();
        String matter = kind.matter ? context.singleMatter(kind.category, caller, at) : null;
        int latest = release(draft.order(), context.county() + kind.handler, lifecycle(at, kind.inquiry(), dice), dice);
        context.recordCase(Source.HOTLINE, orderNo, matter, Integer.toString(latest));
        context.recordMention(Source.HOTLINE, orderNo, "caller", caller, day, draft.caller());
        context.stats.recordsStandalone++;
    }

    private record Draft(WorkOrder order, MentionText caller) {
    }

    private Draft standaloneOrder(String orderNo, StandaloneKind kind, int caller, long at, Dice dice) {
        long day = Times.epochDay(at);
        Village village = context.population.village(context.population.householdAt(caller, day));
        Place place = dice.chance(0.5) ? Place.LANDMARK : Place.HOME;
        MentionText text = context.mentions.write(Source.HOTLINE, caller, day, null, place, village, dice);
        WorkOrder order = new WorkOrder(orderNo, 0, CHANNELS[dice.weighted(CHANNEL_WEIGHTS)], Times.iso(at), null,
                new Caller(text.name(), text.phone(), text.idNumber()), kind.type, kind.category,
                kind.text(village.name(), village.township().name(), dice), text.address(),
                areaCode(village, dice), null, null, null, null, List.of());
        return new Draft(order, text);
    }

    /** A broken line, not part of the truth; listed in bad.csv. */
    void bad(long at, Dice dice) {
        long day = Times.epochDay(at);
        int caller = context.picker.anyAdult(day, dice);
        StandaloneKind kind = StandaloneKind.pick(Source.HOTLINE, dice);
        WorkOrder order = standaloneOrder(numbers.next(at), kind, caller, at, dice).order()
                .as(new Version(dice.between(1, 5), "DISPATCHED", at), context.county() + kind.handler, null);
        String reason = dice.pick(JsonDamage.REASONS);
        JsonLinesFiles.Location location =
                files.writeLine(at, JsonDamage.damage(context.json, order, "orderNo", DATE_FIELDS, reason, dice));
        context.truth.bad(Source.HOTLINE, location.file(), location.line(), reason);
        context.stats.bad(Source.HOTLINE, reason);
    }

    private static String areaCode(Village village, Dice dice) {
        double roll = dice.unit();
        return roll < 0.4 ? village.code() : roll < 0.65 ? village.township().code() : null;
    }

    /** Received, dispatched, worked on, resolved, closed; inquiries are answered and closed quickly. */
    static List<Version> lifecycle(long received, boolean inquiry, Dice dice) {
        List<Version> states = new ArrayList<>(7);
        int version = 1;
        long at = received + dice.between(1, 15) * Times.MINUTE;
        states.add(new Version(version, "RECEIVED", at));
        if (inquiry) {
            if (dice.chance(0.4)) {
                at += dice.between(10 * Times.MINUTE, 3 * Times.HOUR);
                states.add(new Version(++version, "DISPATCHED", at));
            }
            at += dice.between(10 * Times.MINUTE, 2 * Times.DAY);
            version += dice.between(1, 2);
            states.add(new Version(version, "CLOSED", at));
            return states;
        }
        at += dice.between(20 * Times.MINUTE, 12 * Times.HOUR);
        version += dice.between(1, 2);
        states.add(new Version(version, "DISPATCHED", at));
        if (dice.chance(0.08)) {
            at += dice.between(3 * Times.HOUR, 2 * Times.DAY);
            states.add(new Version(++version, "RETURNED", at));
            at += dice.between(Times.HOUR, Times.DAY);
            states.add(new Version(++version, "DISPATCHED", at));
        }
        at += dice.between(6 * Times.HOUR, 4 * Times.DAY);
        states.add(new Version(++version, "IN_PROGRESS", at));
        if (dice.chance(0.85)) {
            at += dice.between(Times.DAY, 12 * Times.DAY);
            states.add(new Version(++version, "RESOLVED", at));
            if (dice.chance(0.85)) {
                at += dice.between(6 * Times.HOUR, 4 * Times.DAY);
                states.add(new Version(++version, "CLOSED", at));
            }
        }
        return states;
    }

    /**
     * Schedules the export of the versions that get exported (not every change is) within the
     * period, and now and then a stale re-send.
     *
     * @return the latest version exported
     */
    private int release(WorkOrder order, String unit, List<Version> states, Dice dice) {
        String satisfaction = SATISFACTION[dice.weighted(SATISFACTION_WEIGHTS)];
        List<Version> exported = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            Version state = states.get(i);
            if (state.at() > context.periodEnd) {
                if (exported.isEmpty()) {
                    // Every order is exported at least once, at the latest when the period ends.
                    exported.add(new Version(state.number(), state.status(), context.periodEnd));
                }
                break;
            }
            boolean last = i == states.size() - 1;
            boolean mustExport = exported.isEmpty() && (i > 0 || last || states.get(i + 1).at() > context.periodEnd);
            if (mustExport || dice.chance(i == 0 ? 0.6 : last ? 0.9 : 0.5)) {
                exported.add(state);
            }
        }
        for (Version state : exported) {
            WorkOrder line = order.as(state, unit, satisfaction);
            context.scheduler.at(state.at(), () -> files.write(state.at(), line));
        }
        context.stats.hotlineLines += exported.size();
        if (exported.size() > 1) {
            context.stats.hotlineOrdersInSeveralVersions++;
            Version newest = exported.get(exported.size() - 1);
            long resendAt = newest.at() + dice.between(Times.HOUR, 10 * Times.DAY);
            if (dice.chance(0.03) && resendAt <= context.periodEnd) {
                WorkOrder stale = order.as(exported.get(dice.below(exported.size() - 1)), unit, satisfaction);
                context.scheduler.at(resendAt, () -> files.write(resendAt, stale));
                context.stats.hotlineStaleResent++;
                context.stats.hotlineLines++;
            }
        }
        return exported.get(exported.size() - 1).number();
    }
}
