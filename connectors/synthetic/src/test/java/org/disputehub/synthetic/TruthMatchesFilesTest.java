package org.disputehub.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.disputehub.synthetic.SourceFiles.Line;

/** Every record the truth lists is in the files as the truth says, and every good record in the files is in the truth. */
class TruthMatchesFilesTest {

    private final Path set = GeneratedSets.normal();
    private final Set<String> bad = SourceFiles.badLocators(set);
    private final Map<String, Map<String, String>> cases = GeneratedSets.truth(set, "cases.csv").stream()
            .collect(Collectors.toMap(GeneratedSetsKeys::caseKey, row -> row));
    private final Map<String, Map<String, String>> texts = GeneratedSets.truth(set, "mention_text.csv").stream()
            .collect(Collectors.toMap(GeneratedSetsKeys::mentionKey, row -> row));

    @Test
    void hotlineOrdersAreTheTruthsCasesWithTheirLatestVersionAndCaller() {
        Map<String, JsonNode> latest = new HashMap<>();
        for (Line<JsonNode> line : SourceFiles.jsonLines(set, "hotline", bad)) {
            JsonNode order = line.value();
            latest.merge(order.get("orderNo").asString(), order,
                    (a, b) -> a.get("version").asInt() >= b.get("version").asInt() ? a : b);
        }
        assertThat(latest.keySet()).isEqualTo(idsOf("HOTLINE"));
        for (JsonNode order : latest.values()) {
            String orderNo = order.get("orderNo").asString();
            assertThat(cases.get("HOTLINE|" + orderNo).get("latest_version_marker"))
                    .isEqualTo(order.get("version").asString());
            Map<String, String> caller = texts.get("HOTLINE|" + orderNo + "|caller");
            assertThat(text(order.get("caller").get("name"))).isEqualTo(caller.get("name"));
            assertThat(text(order.get("caller").get("phone"))).isEqualTo(caller.get("phone"));
            assertThat(text(order.get("caller").get("idNumber"))).isEqualTo(caller.get("id_number"));
            assertThat(text(order.get("address"))).isEqualTo(caller.get("address"));
        }
    }

    @Test
    void policeIncidentsAreTheTruthsCasesWithOneMentionPerParty() {
        List<Line<JsonNode>> incidents = SourceFiles.jsonLines(set, "police", bad);
        Set<String> numbers = new HashSet<>();
        int parties = 0;
        for (Line<JsonNode> line : incidents) {
            JsonNode incident = line.value();
            String number = incident.get("incidentNo").asString();
            assertThat(numbers.add(number)).as("one line per incident").isTrue();
            assertThat(cases.get("POLICE|" + number).get("latest_version_marker"))
                    .isEqualTo(incident.get("updatedAt").asString());
            for (JsonNode party : incident.get("parties")) {
                parties++;
                Map<String, String> text = texts.get("POLICE|" + number + "|" + party.get("seq").asInt());
                assertThat(text).as(number + " party " + party.get("seq")).isNotNull();
                assertThat(text(party.get("name"))).isEqualTo(text.get("name"));
                assertThat(text(party.get("idNumber"))).isEqualTo(text.get("id_number"));
                assertThat(text(party.get("phone"))).isEqualTo(text.get("phone"));
                assertThat(text(party.get("role"))).isEqualTo(text.get("role"));
            }
            assertThat(text(incident.get("reporterName"))).isEqualTo(text(incident.get("parties").get(0).get("name")));
        }
        assertThat(numbers).isEqualTo(idsOf("POLICE"));
        assertThat(parties).isEqualTo(mentionsOf("POLICE"));
    }

    @Test
    void petitionRowsInTheirLatestStateAreNumberedAsTheScorerExpects() {
        Map<String, List<Map<String, String>>> latestRows = new HashMap<>();
        Map<String, String> latestUpdate = new HashMap<>();
        for (Line<Map<String, String>> line : SourceFiles.petitionRows(set, bad)) {
            Map<String, String> row = line.value();
            String number = row.get("信访件编号");
            String key = number + "@" + row.get("更新时间") + "@" + line.file();
            String current = latestUpdate.get(number);
            if (current == null || key.compareTo(current) > 0) {
                latestUpdate.put(number, key);
                latestRows.put(number, new ArrayList<>());
            }
            if (latestUpdate.get(number).equals(key)) {
                latestRows.get(number).add(row);
            }
        }
        assertThat(latestRows.keySet()).isEqualTo(idsOf("PETITION"));
        int mentions = 0;
        for (var entry : latestRows.entrySet()) {
            List<Map<String, String>> rows = new ArrayList<>(entry.getValue());
            assertThat(rows.get(0).get("人数")).isEqualTo(Integer.toString(rows.size()));
            assertThat(cases.get("PETITION|" + entry.getKey()).get("latest_version_marker"))
                    .isEqualTo(rows.get(0).get("更新时间"));
            rows.sort(Comparator.<Map<String, String>, String>comparing(r -> r.get("证件号码"), PetitionOffice::byCodePoint)
                    .thenComparing(r -> r.get("信访人姓名"), PetitionOffice::byCodePoint));
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> text = texts.get("PETITION|" + entry.getKey() + "|" + (i + 1));
                assertThat(text).isNotNull();
                assertThat(rows.get(i).get("信访人姓名")).isEqualTo(text.get("name"));
                assertThat(rows.get(i).get("证件号码")).isEqualTo(text.get("id_number"));
                assertThat(rows.get(i).get("联系电话")).isEqualTo(text.get("phone"));
                assertThat(rows.get(i).get("住址")).isEqualTo(text.get("address"));
                mentions++;
            }
        }
        assertThat(mentions).isEqualTo(mentionsOf("PETITION"));
        assertThat(latestRows.values()).anyMatch(rows -> rows.size() > 1);
    }

    @Test
    void mentionsPointAtKnownPersonsInTheirHouseholds() {
        Map<String, String> householdsOf = GeneratedSets.truth(set, "persons.csv").stream()
                .collect(Collectors.toMap(p -> p.get("person_id"), p -> p.get("households")));
        Set<String> households = GeneratedSets.truth(set, "households.csv").stream()
                .map(h -> h.get("household_id")).collect(Collectors.toSet());
        List<Map<String, String>> mentions = GeneratedSets.truth(set, "mentions.csv");
        assertThat(mentions).hasSameSizeAs(texts.values());
        for (Map<String, String> mention : mentions) {
            assertThat(texts).containsKey(GeneratedSetsKeys.mentionKey(mention));
            assertThat(cases).containsKey(GeneratedSetsKeys.caseKey(mention));
            assertThat(households).contains(mention.get("household_id"));
            assertThat(householdsOf.get(mention.get("person_id")).split("\\|")).contains(mention.get("household_id"));
        }
    }

    @Test
    void disputesAreHotExactlyWhenThreePoliceIncidentsFallWithinThirtyDays() {
        Map<String, List<OffsetDateTime>> policeTimes = new TreeMap<>();
        for (Line<JsonNode> line : SourceFiles.jsonLines(set, "police", bad)) {
            String dispute = cases.get("POLICE|" + line.value().get("incidentNo").asString()).get("dispute_id");
            policeTimes.computeIfAbsent(dispute, d -> new ArrayList<>())
                    .add(OffsetDateTime.parse(line.value().get("reportedAt").asString()));
        }
        Map<String, Map<String, String>> disputes = GeneratedSets.truth(set, "disputes.csv").stream()
                .collect(Collectors.toMap(d -> d.get("dispute_id"), d -> d));
        for (Map<String, String> row : cases.values()) {
            String dispute = row.get("dispute_id");
            assertThat(dispute.isEmpty() || disputes.containsKey(dispute)).as(dispute).isTrue();
        }
        int hot = 0;
        for (Map<String, String> dispute : disputes.values()) {
            List<OffsetDateTime> times = new ArrayList<>(policeTimes.getOrDefault(dispute.get("dispute_id"), List.of()));
            times.sort(null);
            boolean threeWithin30Days = false;
            for (int i = 0; i + 2 < times.size(); i++) {
                threeWithin30Days |= !times.get(i + 2).isAfter(times.get(i).plusDays(30));
            }
            assertThat(dispute.get("hot")).as(dispute.get("dispute_id")).isEqualTo(Boolean.toString(threeWithin30Days));
            hot += threeWithin30Days ? 1 : 0;
        }
        assertThat(hot).isPositive();
    }

    private Set<String> idsOf(String source) {
        return cases.values().stream().filter(row -> row.get("source").equals(source))
                .map(row -> row.get("source_id")).collect(Collectors.toSet());
    }

    private int mentionsOf(String source) {
        return (int) texts.values().stream().filter(row -> row.get("source").equals(source)).count();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }
}
