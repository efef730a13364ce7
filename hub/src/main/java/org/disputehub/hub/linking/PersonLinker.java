package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Links new mentions to persons. The mentions sharing a blocking key with them are scored; those that match,
 * and every mention of the persons they belong to, are grouped again from scratch (strongest evidence first,
 * never two valid ID numbers or two mentions of one case in a person). Mentions a regrouping split from their
 * person are linked again in turn, with their own candidates, so the result does not depend on arrival order.
 * Each mention's link records the edge that placed it: rule, score, fields and the other mention.
 */
@Component
public class PersonLinker {

    private static final Logger log = LoggerFactory.getLogger(PersonLinker.class);

    /** Blocking on a name's pronunciation or on a house stops here (very common names, mis-read addresses). */
    private static final int NAME_BLOCK_LIMIT = 100;

    /** Rounds of linking split-off mentions again; one or two suffice in practice, the bound guards a cycle. */
    private static final int MAX_ROUNDS = 4;

    private final PersonMatcher matcher;
    private final LinkingProperties properties;
    private final LinkingIndex index;

    public PersonLinker(PersonMatcher matcher, LinkingProperties properties, LinkingIndex index) {
        this.matcher = matcher;
        this.properties = properties;
        this.index = index;
    }

    /**
     * Result: persons whose membership or description changed (old and new ids) and the mentions whose link
     * changed or that arrived anew.
     */
    public record Outcome(Set<String> persons, Set<String> mentions) {
    }

    public Outcome link(TransactionContext tx, Collection<String> mentionKeys) {
        Set<String> persons = new HashSet<>();
        Set<String> mentions = new HashSet<>();
        Collection<String> next = mentionKeys;
        for (int round = 0; round < MAX_ROUNDS && !next.isEmpty(); round++) {
            if (round > 0) {
                log.debug("Linking {} mentions split from their persons again (round {})", next.size(), round + 1);
            }
            Round linked = linkOnce(tx, next, round == 0 ? next : Set.of());
            persons.addAll(linked.outcome().persons());
            mentions.addAll(linked.outcome().mentions());
            next = linked.splitOff();
        }
        if (!next.isEmpty()) {
            log.warn("{} mentions split from their persons were not linked again after {} rounds: {}", next.size(),
                    MAX_ROUNDS, next);
        }
        return new Outcome(persons, mentions);
    }

    /**
     * One round's outcome, and the mentions it split from a person they shared with others: a mention that
     * stronger evidence took from a person may belong with a candidate of its own outside this round's group
     * (the {@code 苟彬} of a house joined by its {@code 苟先生} until his full name arrived).
     */
    private record Round(Outcome outcome, Set<String> splitOff) {
    }

    /** Links the mentions; {@code arrived} are those new to the hub, which count as changed whatever happens. */
    private Round linkOnce(TransactionContext tx, Collection<String> mentionKeys, Collection<String> arrived) {
        Map<String, MentionFacts> fresh = index.facts(mentionKeys);
        Set<String> candidateKeys = new LinkedHashSet<>();
        mentionKeys.forEach(key -> candidateKeys.addAll(index.candidates(key, NAME_BLOCK_LIMIT)));
        Map<String, MentionFacts> candidates = index.facts(candidateKeys);
        Set<String> persons = new HashSet<>();
        fresh.values().forEach(mention -> {
            if (mention.personId() != null) {
                persons.add(mention.personId());
            }
        });
        // Score each new mention against the candidates of its own blocks only.
        Map<String, List<MentionFacts>> candidatesByBlock = new HashMap<>();
        for (MentionFacts candidate : candidates.values()) {
            if (candidate.personId() != null) {
                blockKeys(candidate).forEach(key -> candidatesByBlock.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(candidate));
            }
        }
        for (MentionFacts mention : fresh.values()) {
            for (String key : blockKeys(mention)) {
                for (MentionFacts candidate : candidatesByBlock.getOrDefault(key, List.of())) {
                    if (!persons.contains(candidate.personId()) && accepted(mention, candidate)) {
                        persons.add(candidate.personId());
                    }
                }
            }
        }
        Set<String> members = new LinkedHashSet<>();
        persons.forEach(person -> members.addAll(index.mentionsOfPerson(person)));
        Map<String, MentionFacts> group = new TreeMap<>(index.facts(members));
        group.putAll(fresh);
        return regroup(tx, group, fresh.keySet(), Set.copyOf(arrived));
    }

    private Round regroup(TransactionContext tx, Map<String, MentionFacts> group, Set<String> fresh,
            Set<String> arrived) {
        List<Clusters.Edge<PersonMatcher.Match>> edges = new ArrayList<>();
        for (List<MentionFacts> block : blocks(group.values())) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    PersonMatcher.Match match = matcher.score(block.get(i), block.get(j));
                    if (match.score() >= properties.personThreshold()) {
                        edges.add(new Clusters.Edge<>(block.get(i).key(), block.get(j).key(), match.score(), match));
                    }
                }
            }
        }
        Map<String, Clusters.Placement<PersonMatcher.Match>> placements = Clusters.group(group.keySet(),
                deduplicated(edges), (a, b, through) -> compatible(group, a, b, through.evidence()));
        Map<String, Integer> groupOf = new HashMap<>();
        Map<String, String> oldIds = new HashMap<>();
        placements.forEach((key, placement) -> groupOf.put(key, placement.group()));
        group.forEach((key, mention) -> {
            if (mention.personId() != null) {
                oldIds.put(key, mention.personId());
            }
        });
        Map<Integer, String> ids = StableIds.assign(groupOf, oldIds);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, List<MentionFacts>> members = new TreeMap<>();
        Set<String> touched = new HashSet<>();
        Set<String> changed = new HashSet<>(arrived);
        for (MentionFacts mention : group.values()) {
            Clusters.Placement<PersonMatcher.Match> placement = placements.get(mention.key());
            String person = ids.get(placement.group());
            members.computeIfAbsent(person, id -> new ArrayList<>()).add(mention);
            Map<String, Object> row = new HashMap<>();
            row.put("key", mention.key());
            row.put("person", person);
            if (placement.via() == null) {
                row.put("rule", "no-match");
                row.put("matched", List.of());
            }
            else {
                PersonMatcher.Match match = placement.via().evidence();
                row.put("rule", match.rule());
                row.put("score", match.score());
                row.put("matched", match.matched());
                row.put("via", placement.via().from().equals(mention.key()) ? placement.via().to()
                        : placement.via().from());
            }
            // Only links that changed are written: most of a regrouped person's mentions stay where they were.
            if (index.placePerson(mention.key(), LinkingIndex.link(person, row.get("rule"), row.get("score"),
                    row.get("matched"), row.get("via")))) {
                rows.add(row);
                changed.add(mention.key());
            }
            if (changed.contains(mention.key())) {
                touched.add(person);
                if (mention.personId() != null) {
                    touched.add(mention.personId());
                }
            }
        }
        tx.run(PersonCypher.WRITE_LINKS, Map.of("rows", rows)).consume();
        Map<String, List<MentionFacts>> described = new TreeMap<>(members);
        described.keySet().retainAll(touched);
        tx.run(PersonCypher.DESCRIBE_PERSONS, Map.of("persons", describe(described))).consume();
        Set<String> emptied = new HashSet<>(touched);
        emptied.removeAll(members.keySet());
        tx.run(PersonCypher.REMOVE_EMPTY, Map.of("ids", List.copyOf(emptied))).consume();
        return new Round(new Outcome(touched, changed), splitOff(group, placements, fresh));
    }

    /** The mentions, other than the fresh ones, of each person whose mentions this regrouping put apart. */
    private static Set<String> splitOff(Map<String, MentionFacts> group,
            Map<String, Clusters.Placement<PersonMatcher.Match>> placements, Set<String> fresh) {
        Map<String, Set<Integer>> groupsOfPerson = new HashMap<>();
        group.forEach((key, mention) -> {
            if (mention.personId() != null) {
                groupsOfPerson.computeIfAbsent(mention.personId(), id -> new HashSet<>())
                    .add(placements.get(key).group());
            }
        });
        Set<String> splitOff = new TreeSet<>();
        group.forEach((key, mention) -> {
            if (!fresh.contains(key) && mention.personId() != null
                    && groupsOfPerson.get(mention.personId()).size() > 1) {
                splitOff.add(key);
            }
        });
        return splitOff;
    }

    /** Mentions grouped by each blocking key they carry; a pair may meet in several blocks. */
    private static List<List<MentionFacts>> blocks(Collection<MentionFacts> mentions) {
        Map<String, List<MentionFacts>> blocks = new LinkedHashMap<>();
        for (MentionFacts mention : mentions) {
            for (String key : blockKeys(mention)) {
                blocks.computeIfAbsent(key, unused -> new ArrayList<>()).add(mention);
            }
        }
        return blocks.values().stream().filter(block -> block.size() > 1).toList();
    }

    private static List<String> blockKeys(MentionFacts mention) {
        List<String> keys = new ArrayList<>(4);
        String id = mention.idKey() != null ? mention.idKey() : mention.idTypo();
        if (id != null) {
            // The number without its check character: the same number, or one whose check character is the typo
            // (the commonest), meets the valid one and its other typos there.
            keys.add("id:" + id.substring(0, Math.min(17, id.length())));
        }
        if (mention.phoneKey() != null) {
            keys.add("phone:" + mention.phoneKey());
        }
        if (mention.pinyin() != null && !mention.titleOnly()) {
            keys.add("name:" + mention.pinyin());
        }
        if (mention.houseKey() != null) {
            // The only way to a caller who gave a surname and a title but no phone.
            keys.add("house:" + mention.houseKey());
        }
        return keys;
    }

    private static List<Clusters.Edge<PersonMatcher.Match>> deduplicated(List<Clusters.Edge<PersonMatcher.Match>> edges) {
        Map<String, Clusters.Edge<PersonMatcher.Match>> unique = new HashMap<>();
        for (Clusters.Edge<PersonMatcher.Match> edge : edges) {
            String pair = edge.from().compareTo(edge.to()) < 0 ? edge.from() + "|" + edge.to()
                    : edge.to() + "|" + edge.from();
            unique.putIfAbsent(pair, edge);
        }
        return List.copyOf(unique.values());
    }

    private boolean accepted(MentionFacts a, MentionFacts b) {
        return matcher.score(a, b).score() >= properties.personThreshold();
    }

    /**
     * One person holds one valid ID number and its typos, one sex, one mention per case, and one name (however
     * written) unless one valid ID number says otherwise:
     * a caller who gave only {@code 黄女士} must not join two different women of that house into one.
     */
    private static boolean compatible(Map<String, MentionFacts> facts, Set<String> a, Set<String> b,
            PersonMatcher.Match through) {
        return sameOneOf(facts, a, b) && (namesAgree(facts, a, b) || sameValidId(facts, a, b))
                && (PersonMatcher.identifying(through.matched()) || !differentMobiles(facts, a, b));
    }

    /**
     * Both groups have mobiles and none in common. Joined by a number that is allowed (people change phones);
     * joined by a name and a house it is two relatives: a caller giving {@code 石先生} from one mobile is not the
     * 石明辉 of that house who always calls from another.
     */
    private static boolean differentMobiles(Map<String, MentionFacts> facts, Set<String> a, Set<String> b) {
        Set<String> mobilesOfA = mobiles(facts, a);
        Set<String> mobilesOfB = mobiles(facts, b);
        return !mobilesOfA.isEmpty() && !mobilesOfB.isEmpty() && Collections.disjoint(mobilesOfA, mobilesOfB);
    }

    private static Set<String> mobiles(Map<String, MentionFacts> facts, Set<String> keys) {
        Set<String> mobiles = new HashSet<>();
        keys.forEach(key -> {
            MentionFacts mention = facts.get(key);
            if (mention.mobile()) {
                mobiles.add(mention.phoneKey());
            }
        });
        return mobiles;
    }

    private static boolean namesAgree(Map<String, MentionFacts> facts, Set<String> a, Set<String> b) {
        Set<String> fullA = names(facts, a, false);
        Set<String> fullB = names(facts, b, false);
        if (!fullA.isEmpty() && !fullB.isEmpty() && Collections.disjoint(fullA, fullB)) {
            return false;
        }
        return surnamesFit(names(facts, a, true), fullB) && surnamesFit(names(facts, b, true), fullA);
    }

    private static Set<String> names(Map<String, MentionFacts> facts, Set<String> keys, boolean titles) {
        Set<String> names = new HashSet<>();
        for (String key : keys) {
            MentionFacts mention = facts.get(key);
            if (mention.pinyin() != null && mention.titleOnly() == titles) {
                names.add(mention.pinyin());
            }
        }
        return names;
    }

    private static boolean surnamesFit(Set<String> surnames, Set<String> fullNames) {
        return fullNames.isEmpty() || surnames.stream()
            .allMatch(surname -> fullNames.stream().anyMatch(full -> (full + " ").startsWith(surname + " ")));
    }

    private static boolean sameValidId(Map<String, MentionFacts> facts, Set<String> a, Set<String> b) {
        Set<String> idsOfA = new HashSet<>();
        a.forEach(key -> idsOfA.add(facts.get(key).idKey()));
        return b.stream().map(key -> facts.get(key).idKey()).anyMatch(id -> id != null && idsOfA.contains(id));
    }

    /**
     * One valid ID number, one sex and one mention per case. Mistyped numbers must each be one typo from the
     * valid number when there is one (two typos of one number differ in two places), else from each other.
     */
    private static boolean sameOneOf(Map<String, MentionFacts> facts, Set<String> a, Set<String> b) {
        Set<String> casesOfA = new HashSet<>();
        a.forEach(key -> casesOfA.add(facts.get(key).caseKey()));
        if (b.stream().anyMatch(key -> casesOfA.contains(facts.get(key).caseKey()))) {
            return false;
        }
        Set<String> valid = new HashSet<>();
        Set<String> sexes = new HashSet<>();
        List<String> typosOfA = new ArrayList<>();
        List<String> typosOfB = new ArrayList<>();
        a.forEach(key -> collect(facts.get(key), valid, sexes, typosOfA));
        b.forEach(key -> collect(facts.get(key), valid, sexes, typosOfB));
        if (valid.size() > 1 || sexes.size() > 1) {
            return false;
        }
        if (!valid.isEmpty()) {
            String id = valid.iterator().next();
            return Stream.concat(typosOfA.stream(), typosOfB.stream())
                .allMatch(typo -> typo.equals(id) || IdNumbers.oneTypoApart(typo, id));
        }
        return typosOfA.stream().allMatch(x -> typosOfB.stream().allMatch(y -> x.equals(y) || IdNumbers.oneTypoApart(x, y)));
    }

    private static void collect(MentionFacts mention, Set<String> valid, Set<String> sexes, List<String> typos) {
        if (mention.idKey() != null) {
            valid.add(mention.idKey());
        }
        else if (mention.idTypo() != null) {
            typos.add(mention.idTypo());
        }
        if (mention.sex() != null) {
            sexes.add(mention.sex());
        }
    }

    /** The name a person is shown by: the full name most of their mentions give; their sex when known. */
    private static List<Map<String, Object>> describe(Map<String, List<MentionFacts>> members) {
        List<Map<String, Object>> persons = new ArrayList<>();
        members.forEach((id, mentions) -> {
            Map<String, Long> names = mentions.stream()
                .filter(mention -> mention.name() != null)
                .collect(Collectors.groupingBy(mention -> (mention.titleOnly() ? "1" : "0") + mention.name(),
                        TreeMap::new, Collectors.counting()));
            String name = names.entrySet().stream()
                .min((x, y) -> x.getKey().charAt(0) != y.getKey().charAt(0) ? x.getKey().compareTo(y.getKey())
                        : Long.compare(y.getValue(), x.getValue()))
                .map(entry -> entry.getKey().substring(1))
                .orElse(null);
            String sex = mentions.stream().map(MentionFacts::sex).filter(Objects::nonNull).findFirst().orElse(null);
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("name", name);
            row.put("sex", sex);
            row.put("mentions", mentions.size());
            persons.add(row);
        });
        return persons;
    }
}
