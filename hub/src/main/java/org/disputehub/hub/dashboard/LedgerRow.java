package org.disputehub.hub.dashboard;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.disputehub.connector.api.Source;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** One dispute as a township office's ledger (台账) keeps it; figures over all of the dispute's cases. */
record LedgerRow(String disputeId, String township, String village, String category, List<String> partyNames,
        OffsetDateTime firstReportedAt, OffsetDateTime lastReportedAt, List<String> sources, long caseCount,
        long openCases, long resolvedCases, OffsetDateTime lastClosedAt, String warningLevel,
        List<String> warningReasons, long overdueCases) {

    static final List<String> COLUMNS = List.of("序号", "纠纷编号", "所属乡镇", "所属村", "纠纷类别", "当事人", "首次登记时间",
            "最近登记时间", "来源渠道", "案件数", "当前状态", "是否化解", "化解时间", "预警等级", "预警原因", "是否超期");

    /** The channels as offices name them, in the order the ledger lists them. */
    private static final Map<Source, String> CHANNELS = Map.of(Source.POLICE, "110", Source.HOTLINE, "12345",
            Source.PETITION, "信访");
    private static final List<Source> CHANNEL_ORDER = List.of(Source.POLICE, Source.HOTLINE, Source.PETITION);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static LedgerRow of(Record record) {
        return new LedgerRow(record.get("id").asString(), record.get("township").asString(null),
                record.get("village").asString(null), record.get("category").asString(null),
                record.get("names").asList(Value::asString), time(record.get("firstReportedAt")),
                time(record.get("lastReportedAt")), record.get("sources").asList(Value::asString),
                record.get("caseCount").asLong(), record.get("open").asLong(), record.get("resolved").asLong(),
                time(record.get("closedAt")), record.get("warningLevel").asString(null),
                record.get("warningReasons").asList(Value::asString, List.of()), record.get("overdue").asLong());
    }

    /** Resolved: nothing left open and at least one case resolved. */
    boolean resolved() {
        return openCases == 0 && resolvedCases > 0;
    }

    /**
     * The row's cells under {@link #COLUMNS}: numbers stay numbers, absent values are empty.
     *
     * @param partyName each party's name as the reader may see it
     */
    List<Object> cells(int number, ZoneId zone, UnaryOperator<String> partyName) {
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        cells.add(disputeId);
        cells.add(text(township));
        cells.add(text(village));
        cells.add(text(category));
        cells.add(String.join("、", new LinkedHashSet<>(partyNames.stream().map(partyName)
            .filter(name -> name != null && !name.isEmpty()).toList())));
        cells.add(format(firstReportedAt, zone));
        cells.add(format(lastReportedAt, zone));
        cells.add(channels());
        cells.add(caseCount);
        cells.add(openCases > 0 ? "办理中" : "已办结");
        cells.add(resolved() ? "是" : "否");
        cells.add(resolved() ? format(lastClosedAt, zone) : "");
        cells.add(text(warningLevel));
        cells.add(String.join("；", warningReasons));
        cells.add(overdueCases > 0 ? "是" : "否");
        return cells;
    }

    /** e.g. 110×3、12345×1 */
    private String channels() {
        Map<String, Long> counts = sources.stream().collect(Collectors.groupingBy(source -> source,
                Collectors.counting()));
        return CHANNEL_ORDER.stream()
            .filter(source -> counts.containsKey(source.name()))
            .map(source -> CHANNELS.get(source) + "×" + counts.get(source.name()))
            .collect(Collectors.joining("、"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String format(OffsetDateTime time, ZoneId zone) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(zone));
    }

    private static OffsetDateTime time(Value value) {
        return value.isNull() ? null : value.asOffsetDateTime();
    }
}
