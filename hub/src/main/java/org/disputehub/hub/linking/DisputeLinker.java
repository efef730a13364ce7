package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.disputehub.hub.changes.ChangeSequence;
import org.disputehub.hub.warnings.MatterCase;
import org.disputehub.hub.warnings.Warning;
import org.disputehub.hub.warnings.WarningRaised;
import org.disputehub.hub.warnings.WarningRules;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Groups cases into disputes: the changed cases, the cases that could be the same matter, and every case of
 * the disputes those belong to are grouped again from the pair decisions of {@link DisputeMatcher}, so a
 * dispute grows, merges or splits as persons do, in any ingest order. Each dispute is then graded: hot, and
 * its warning with reasons.
 */
@Component
public class DisputeLinker {

    /** How many cases one name brings as candidates, each way: a common name must not bring a village. */
    private static final int MAX_NAMED_CASES = 64;

    private final DisputeMatcher matcher;
    private final WarningRules warnings;
    private final ChangeSequence changes;
    private final LinkingIndex index;

    public DisputeLinker(DisputeMatcher matcher, WarningRules warnings, ChangeSequence changes, LinkingIndex index) {
        this.matcher = matcher;
        this.warnings = warnings;
        this.changes = changes;
        this.index = index;
    }

    /**
     * Regroups {@code caseKeys} and what could be the same matter; {@code updated} are the cases stored as a
     * new version, whose disputes changed with them. Returns the warnings this raised.
     */
    public List<WarningRaised> link(TransactionContext tx, Collection<String> caseKeys, Collection<String> updated) {
        if (caseKeys.isEmpty()) {
            return List.of();
        }
        Map<String, CaseLinkFacts> changed = index.caseFacts(caseKeys);
        Map<String, CaseLinkFacts> candidates = index.caseFacts(candidates(caseKeys));
        Set<String> disputes = new TreeSet<>();
        changed.values().forEach(facts -> {
            if (facts.dispute() != null) {
                disputes.add(facts.dispute());
            }
        });
        // Compare each changed case with the candidates it meets in a block, not with every candidate.
        Map<String, CaseLinkFacts> both = new LinkedHashMap<>(candidates);
        both.putAll(changed);
        for (List<CaseLinkFacts> block : blocks(both)) {
            for (CaseLinkFacts facts : block) {
                if (!changed.containsKey(facts.key())) {
                    continue;
                }
                for (CaseLinkFacts candidate : block) {
                    if (candidate.dispute() != null && !disputes.contains(candidate.dispute())
                            && !candidate.key().equals(facts.key()) && matcher.match(facts, candidate) != null) {
                        disputes.add(candidate.dispute());
                    }
                }
            }
        }
        Set<String> all = new TreeSet<>();
        disputes.forEach(dispute -> all.addAll(index.casesOfDispute(dispute)));
        all.removeAll(changed.keySet());
        Map<String, CaseLinkFacts> group = new LinkedHashMap<>(index.caseFacts(all));
        group.putAll(changed);
        return regroup(tx, group, disputes, changed.keySet(), Set.copyOf(updated));
    }

    /** Cases that could be the same matter as the given ones: a shared person or household, or a reference. */
    private Set<String> candidates(Collection<String> caseKeys) {
        Set<String> candidates = new TreeSet<>();
        for (String key : caseKeys) {
            for (String mention : index.caseOf(key).mentions()) {
                String person = index.personOf(mention);
                if (person != null) {
                    index.mentionsOfPerson(person).stream()
                        .filter(other -> !other.equals(mention))
                        .forEach(other -> candidates.add(index.mention(other).caseKey()));
                }
                String household = index.householdOf(mention);
                if (household != null && !household.startsWith("person:")) {
                    index.mentionsOfHousehold(household).stream()
                        .filter(other -> !other.equals(mention))
                        .forEach(other -> candidates.add(index.mention(other).caseKey()));
                }
            }
            candidates.addAll(index.linked(key));
            candidates.addAll(namedCases(key));
        }
        return candidates;
    }

    /**
     * For a work order that says its caller reported the matter before, the cases where the other side it names
     * is a party; for a case such a work order may continue, the work orders that name one of its parties.
     */
    private Set<String> namedCases(String key) {
        LinkingIndex.IndexedCase matter = index.caseOf(key);
        Set<String> named = new TreeSet<>();
        if (matcher.saysReportedBefore(matter.source(), matter.ruleWords())) {
            matter.counterpartyPinyins().forEach(name -> index.mentionsNamed(name).stream()
                .limit(MAX_NAMED_CASES)
                .forEach(mention -> named.add(index.mention(mention).caseKey())));
        }
        if (matcher.continuesFrom(matter.source())) {
            for (String mention : matter.mentions()) {
                String name = index.mention(mention).fullNamePinyin();
                if (name != null) {
                    index.casesNaming(name).stream().limit(MAX_NAMED_CASES).forEach(named::add);
                }
            }
        }
        named.remove(key);
        return named;
    }

    /** Two groups of cases can be one matter when either says nothing of its kind or their kinds meet. */
    private static boolean oneKind(Set<String> kindsOfA, Set<String> kindsOfB) {
        return kindsOfA == null || kindsOfB == null || !Collections.disjoint(kindsOfA, kindsOfB);
    }

    private static List<CaseLinkFacts> facts(Map<String, CaseLinkFacts> group, Set<String> keys) {
        return keys.stream().map(group::get).toList();
    }

    /**
     * Grades the given disputes again from their cases (hot, warning, case count) without regrouping; for a
     * loader that groups cases itself, such as the API benchmark's.
     */
    public void regrade(TransactionContext tx, Collection<String> disputeIds) {
        Map<String, List<CaseLinkFacts>> members = new HashMap<>();
        read(tx, keys(tx, DisputeCypher.MEMBERS, "disputes", disputeIds)).values()
            .forEach(facts -> members.computeIfAbsent(facts.dispute(), id -> new ArrayList<>()).add(facts));
        tx.run(DisputeCypher.DESCRIBE, Map.of("disputes", describe(members))).consume();
    }

    private List<WarningRaised> regroup(TransactionContext tx, Map<String, CaseLinkFacts> group, Set<String> oldDisputes,
            Set<String> affected, Set<String> updated) {
        List<Clusters.Edge<DisputeMatcher.Match>> edges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<CaseLinkFacts> block : blocks(group)) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    CaseLinkFacts a = block.get(i);
                    CaseLinkFacts b = block.get(j);
                    String pair = a.key().compareTo(b.key()) < 0 ? a.key() + "|" + b.key() : b.key() + "|" + a.key();
                    if (!seen.add(pair)) {
                        continue;
                    }
                    DisputeMatcher.Match match = matcher.match(a, b);
                    if (match != null) {
                        // The sources' word first, then both sides agreeing, then one party and one kind; among
                        // equals the closer in time, so a case joins the matter it continues before one it only
                        // resembles (which may then be refused as another kind).
                        double strength = switch (match.rule()) {
                            case "explicit-reference" -> 3;
                            case "same-sides" -> 2;
                            default -> 1;
                        } + 1.0 / (2 + TimeUnit.MILLISECONDS.toDays(Math.abs(a.at() - b.at())));
                        edges.add(new Clusters.Edge<>(a.key(), b.key(), strength, match));
                    }
                }
            }
        }
        Map<String, Clusters.Placement<DisputeMatcher.Match>> placements = Clusters.group(group.keySet(), edges,
                (a, b, through) -> "explicit-reference".equals(through.evidence().rule())
                        || oneKind(matcher.commonKinds(facts(group, a)), matcher.commonKinds(facts(group, b))));
        Map<String, Integer> groupOf = new HashMap<>();
        Map<String, String> oldIds = new HashMap<>();
        placements.forEach((key, placement) -> groupOf.put(key, placement.group()));
        group.forEach((key, facts) -> {
            if (facts.dispute() != null) {
                oldIds.put(key, facts.dispute());
            }
        });
        Map<Integer, String> ids = StableIds.assign(groupOf, oldIds);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, List<CaseLinkFacts>> members = new HashMap<>();
        Set<String> changedDisputes = new TreeSet<>();
        // Disputes a case joined, left or changed in: only their grade can have changed.
        Set<String> regraded = new HashSet<>();
        for (CaseLinkFacts facts : group.values()) {
            Clusters.Placement<DisputeMatcher.Match> placement = placements.get(facts.key());
            String dispute = ids.get(placement.group());
            if (!dispute.equals(facts.dispute()) || updated.contains(facts.key())) {
                changedDisputes.add(dispute);
            }
            members.computeIfAbsent(dispute, id -> new ArrayList<>()).add(facts);
            Map<String, Object> row = new HashMap<>();
            row.put("key", facts.key());
            row.put("dispute", dispute);
            row.put("rule", placement.via() == null ? "single-case" : placement.via().evidence().rule());
            row.put("matched", placement.via() == null ? List.of() : placement.via().evidence().matched());
            row.put("via", placement.via() == null ? null
                    : placement.via().from().equals(facts.key()) ? placement.via().to() : placement.via().from());
            if (index.placeDispute(facts.key(), LinkingIndex.link(dispute, row.get("rule"), row.get("matched"),
                    row.get("via")))) {
                rows.add(row);
                regraded.add(dispute);
                if (facts.dispute() != null) {
                    regraded.add(facts.dispute());
                }
            }
            if (affected.contains(facts.key())) {
                regraded.add(dispute);
            }
        }
        tx.run(DisputeCypher.WRITE, Map.of("rows", rows)).consume();
        members.keySet().retainAll(regraded);
        List<org.neo4j.driver.Record> grades = tx.run(DisputeCypher.DESCRIBE, Map.of("disputes", describe(members)))
            .list();
        grades.forEach(record -> changedDisputes.add(record.get("id").asString()));
        Set<String> emptied = new TreeSet<>(oldDisputes);
        emptied.removeIf(dispute -> !index.casesOfDispute(dispute).isEmpty());
        List<String> removed = tx.run(DisputeCypher.REMOVE_EMPTY, Map.of("ids", List.copyOf(emptied)))
            .list(record -> record.get("id").asString());
        changedDisputes.removeAll(removed);
        changes.disputesChanged(tx, changedDisputes);
        changes.disputesRemoved(tx, removed);
        return raised(tx, grades);
    }

    /** Disputes whose warning went up a level or that turned hot, with the areas to filter them by. */
    private List<WarningRaised> raised(TransactionContext tx, List<org.neo4j.driver.Record> regraded) {
        List<org.neo4j.driver.Record> raised = regraded.stream()
            .filter(record -> warnings.raises(record.get("level").asString(null), record.get("levelBefore").asString(null))
                    || record.get("hot").asBoolean() && !record.get("hotBefore").asBoolean())
            .toList();
        if (raised.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> areas = new HashMap<>();
        tx.run(DisputeCypher.AREAS, Map.of("ids", raised.stream().map(record -> record.get("id").asString()).toList()))
            .forEachRemaining(record -> areas.put(record.get("id").asString(),
                    record.get("areas").asList(value -> value.asString())));
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        return raised.stream()
            .map(record -> new WarningRaised(record.get("id").asString(), record.get("level").asString(null),
                    record.get("levelBefore").asString(null), record.get("hot").asBoolean(),
                    record.get("hot").asBoolean() && !record.get("hotBefore").asBoolean(),
                    record.get("reasons").asList(value -> value.asString()),
                    areas.getOrDefault(record.get("id").asString(), List.of()), now))
            .toList();
    }

    /**
     * Cases meet when they share a person or a household, or one references the other, or one is a work order
     * that says it was reported before and names a party of the other as its other side.
     */
    private List<List<CaseLinkFacts>> blocks(Map<String, CaseLinkFacts> group) {
        Map<String, List<CaseLinkFacts>> blocks = new LinkedHashMap<>();
        for (CaseLinkFacts facts : group.values()) {
            // A work order that says it was reported before meets the cases its other side is a party to.
            Set<String> names = new HashSet<>();
            if (matcher.saysReportedBefore(facts.source(), facts.content())) {
                names.addAll(facts.counterparties());
            }
            if (matcher.continuesFrom(facts.source())) {
                facts.parties().forEach(party -> {
                    if (party.pinyin() != null) {
                        names.add(party.pinyin());
                    }
                });
            }
            names.forEach(name -> blocks.computeIfAbsent("n:" + name, k -> new ArrayList<>()).add(facts));
            facts.persons().forEach(person -> blocks.computeIfAbsent("p:" + person, k -> new ArrayList<>()).add(facts));
            facts.households().forEach(household -> blocks.computeIfAbsent("h:" + household, k -> new ArrayList<>())
                .add(facts));
            for (String linked : facts.linked()) {
                CaseLinkFacts other = group.get(linked);
                if (other != null) {
                    blocks.put("l:" + facts.key() + "|" + linked, List.of(facts, other));
                }
            }
        }
        return blocks.values().stream().filter(block -> block.size() > 1).toList();
    }

    private List<Map<String, Object>> describe(Map<String, List<CaseLinkFacts>> members) {
        List<Map<String, Object>> rows = new ArrayList<>();
        members.forEach((id, cases) -> {
            List<MatterCase> matter = cases.stream()
                .map(c -> new MatterCase(c.key(), c.source(), c.at(), c.content(), c.state(), c.headcount(),
                        "PETITION".equals(c.source()) ? c.parties().size() : 0))
                .toList();
            Warning warning = warnings.grade(matter);
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("hot", WarningRules.hot(matter));
            row.put("level", warning == null ? null : warning.level());
            row.put("reasons", warning == null ? List.of() : warning.reasons());
            row.put("caseCount", cases.size());
            rows.add(row);
        });
        return rows;
    }

    private static List<String> keys(TransactionContext tx, String cypher, String name, Collection<String> values) {
        return tx.run(cypher, Map.of(name, List.copyOf(values))).single().get("keys").asList(value -> value.asString());
    }

    private static Map<String, CaseLinkFacts> read(TransactionContext tx, Collection<String> keys) {
        return tx.run(CaseLinkFacts.QUERY, Map.of("keys", List.copyOf(keys))).list(CaseLinkFacts::of).stream()
            .collect(Collectors.toMap(CaseLinkFacts::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
