package org.disputehub.hub.linking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Places each mention in the household its person lived in at the time of the record: the home address the
 * record gives, else the one the same person gave closest in time (people move), else the household whose
 * landline they called from, else the household of a relative they had a family matter with, else a household
 * of their own. Addresses compare by village, villager group and house number however they were written.
 */
@Component
public class HouseholdLinker {

    private record Member(String person, String key, String home, String placeHome, String landline, long at,
            String household, List<String> family) {
    }

    private static final String OWN = "own-household";

    /** How many persons a person's family matters are followed to, each. */
    private static final int MAX_FAMILY_REACH = 64;

    private final Set<String> familyCategories;
    private final Set<String> bystanderRoles;
    private final LinkingIndex index;

    public HouseholdLinker(LinkingProperties properties, LinkingIndex index) {
        this.familyCategories = Set.copyOf(properties.familyCategories());
        this.bystanderRoles = Set.copyOf(properties.bystanderRoles());
        this.index = index;
    }

    /**
     * Places the mentions of the persons, of those who share a landline with them, and of the relatives of both;
     * returns the mentions whose household changed.
     */
    public Set<String> link(TransactionContext tx, Collection<String> persons) {
        if (persons.isEmpty()) {
            return Set.of();
        }
        Set<String> all = new HashSet<>(persons);
        Set<String> familiesFollowed = new HashSet<>(persons);
        persons.forEach(person -> landlineSharers(person).forEach(sharer -> {
            all.add(sharer);
            // Placed by the landline, whose house may just have become known: their relatives follow them.
            if (!gaveAHouse(sharer)) {
                familiesFollowed.add(sharer);
            }
        }));
        all.addAll(families(familiesFollowed));
        List<Member> members = new ArrayList<>();
        all.forEach(person -> index.mentionsOfPerson(person).forEach(key -> members.add(member(person, key))));
        Map<String, String> landlineHomes = new HashMap<>();
        members.forEach(member -> {
            if (member.landline() != null) {
                landlineHomes.computeIfAbsent(member.landline(), this::home);
            }
        });
        landlineHomes.values().removeIf(java.util.Objects::isNull);

        Map<String, List<Member>> byPerson = new HashMap<>();
        members.forEach(member -> byPerson.computeIfAbsent(member.person(), id -> new ArrayList<>()).add(member));
        Map<Member, Map<String, Object>> placed = new LinkedHashMap<>();
        members.forEach(member -> placed.put(member, place(member, byPerson, landlineHomes)));
        joinRelatives(byPerson, placed);
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> left = new HashSet<>();
        placed.forEach((member, row) -> {
            if (index.placeHousehold(member.key(), LinkingIndex.link(row.get("household"), row.get("rule")))) {
                rows.add(row);
                if (member.household() != null) {
                    left.add(member.household());
                }
            }
        });
        tx.run(HouseholdCypher.WRITE, Map.of("rows", rows)).consume();
        left.removeIf(household -> !index.mentionsOfHousehold(household).isEmpty());
        tx.run(HouseholdCypher.REMOVE_EMPTY, Map.of("keys", List.copyOf(left))).consume();
        Set<String> moved = new HashSet<>();
        rows.forEach(row -> moved.add((String) row.get("key")));
        return moved;
    }

    private boolean gaveAHouse(String person) {
        return index.mentionsOfPerson(person).stream().anyMatch(key -> index.mention(key).houseKey() != null);
    }

    /** Who shares a landline with the person: a landline is a household's. */
    private Set<String> landlineSharers(String person) {
        Set<String> sharers = new HashSet<>();
        for (String key : index.mentionsOfPerson(person)) {
            String landline = index.mention(key).landline();
            if (landline != null) {
                index.mentionsWithPhone(landline).forEach(other -> addPerson(other, sharers));
            }
        }
        return sharers;
    }

    /**
     * Everyone joined to the persons by family matters, through any number of them (a witness is not family):
     * relatives who gave nothing of their own live together, so all of them are placed again together, and
     * the same records place them alike whatever batch they came in. Bounded, should a chain run long.
     */
    private Set<String> families(Collection<String> persons) {
        Set<String> reached = new HashSet<>(persons);
        for (String person : persons) {
            Set<String> family = new HashSet<>(List.of(person));
            Deque<String> queue = new ArrayDeque<>(family);
            while (!queue.isEmpty() && family.size() < MAX_FAMILY_REACH) {
                for (String relative : relatives(queue.poll())) {
                    if (family.add(relative)) {
                        queue.add(relative);
                    }
                }
            }
            reached.addAll(family);
        }
        return reached;
    }

    /** The persons who are a party with this one in a family matter (a witness is not family). */
    private Set<String> relatives(String person) {
        Set<String> relatives = new HashSet<>();
        for (String key : index.mentionsOfPerson(person)) {
            LinkingIndex.IndexedMention mention = index.mention(key);
            LinkingIndex.IndexedCase matter = index.caseOf(mention.caseKey());
            if (family(matter, mention)) {
                matter.mentions().stream()
                    .filter(other -> !bystander(index.mention(other)))
                    .forEach(other -> addPerson(other, relatives));
            }
        }
        relatives.remove(person);
        return relatives;
    }

    private void addPerson(String mentionKey, Set<String> persons) {
        String person = index.personOf(mentionKey);
        if (person != null) {
            persons.add(person);
        }
    }

    private Member member(String person, String key) {
        LinkingIndex.IndexedMention mention = index.mention(key);
        LinkingIndex.IndexedCase matter = index.caseOf(mention.caseKey());
        List<String> family = new ArrayList<>();
        if (family(matter, mention)) {
            for (String other : matter.mentions()) {
                String relative = index.personOf(other);
                if (!other.equals(key) && relative != null && !bystander(index.mention(other))) {
                    family.add(relative);
                }
            }
        }
        return new Member(person, key, mention.homeKey(), mention.placeHomeKey(), mention.landline(), matter.at(),
                index.householdOf(key), family);
    }

    private boolean family(LinkingIndex.IndexedCase matter, LinkingIndex.IndexedMention mention) {
        return matter.category() != null && familyCategories.contains(matter.category()) && !bystander(mention);
    }

    private boolean bystander(LinkingIndex.IndexedMention mention) {
        return bystanderRoles.contains(mention.role() == null ? "" : mention.role());
    }

    /**
     * The house a landline rings in: the home address most often given by the people who use it, in the records
     * with that landline or their others, or the house they gave as the place when calling from it.
     */
    private String home(String landline) {
        Map<String, Integer> votes = new HashMap<>();
        for (String key : index.mentionsWithPhone(landline)) {
            LinkingIndex.IndexedMention mention = index.mention(key);
            if (mention.houseKey() != null) {
                votes.merge(mention.houseKey(), 1, Integer::sum);
            }
            String person = index.personOf(key);
            if (person != null) {
                for (String other : index.mentionsOfPerson(person)) {
                    String home = index.mention(other).homeKey();
                    if (!other.equals(key) && home != null) {
                        votes.merge(home, 1, Integer::sum);
                    }
                }
            }
        }
        return votes.entrySet().stream()
            .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse(null);
    }

    private static Map<String, Object> place(Member member, Map<String, List<Member>> byPerson,
            Map<String, String> landlineHomes) {
        List<Member> samePerson = byPerson.get(member.person());
        Map<String, Object> row = new HashMap<>();
        row.put("key", member.key());
        Comparator<Member> byDistance = Comparator.<Member>comparingLong(other -> Math.abs(other.at() - member.at()))
            .thenComparing(Member::key);
        Member nearestHome = member.home() != null ? member
                : samePerson.stream().filter(other -> other.home() != null).min(byDistance).orElse(null);
        Member nearestPlace = member.placeHome() != null ? member
                : samePerson.stream().filter(other -> other.placeHome() != null).min(byDistance).orElse(null);
        if (nearestHome != null) {
            row.put("household", "addr:" + nearestHome.home());
            addressAsGiven(row, nearestHome, "home");
            row.put("rule", nearestHome == member ? "home-address" : "person-home-address-nearest-in-time");
        }
        else if (nearestPlace != null) {
            row.put("household", "addr:" + nearestPlace.placeHome());
            addressAsGiven(row, nearestPlace, "place");
            row.put("rule", nearestPlace == member ? "house-given-as-place" : "person-house-given-as-place");
        }
        else {
            String landline = member.landline() != null ? member.landline()
                    : samePerson.stream().filter(other -> other.landline() != null).min(byDistance)
                        .map(Member::landline).orElse(null);
            if (landline != null && landlineHomes.containsKey(landline)) {
                row.put("household", "addr:" + landlineHomes.get(landline));
                row.put("rule", "household-landline-address");
            }
            else if (landline != null) {
                row.put("household", "tel:" + landline);
                row.put("rule", "household-landline");
            }
            else {
                row.put("household", "person:" + member.person());
                row.put("rule", OWN);
            }
        }
        String household = (String) row.get("household");
        int slash = household.indexOf('/');
        if (household.startsWith("addr:") && slash > 5 && household.substring(5, slash).chars().allMatch(Character::isDigit)) {
            row.put("areaCode", household.substring(5, slash));
        }
        row.putIfAbsent("addressOf", null);
        row.putIfAbsent("addressFrom", null);
        return row;
    }

    /**
     * Which mention's address a new household shows, as its home or as the place of its case: the write reads it
     * from the graph, so the linking index need not hold every address.
     */
    private static void addressAsGiven(Map<String, Object> row, Member by, String as) {
        row.put("addressOf", by.key());
        row.put("addressFrom", as);
    }

    /**
     * A party to a family matter (in this record or another of theirs) who gave nothing of their own lives where
     * a relative was placed by their own address, the house they called from or their landline: the nearest in
     * time of their own relatives, else of the relatives of anyone in their family who gave nothing either. When
     * none of them was placed, that family lives together in a household known by one of its members. Decided on
     * what the records gave, before anyone joins anyone, so the order people are looked at changes nothing.
     */
    private static void joinRelatives(Map<String, List<Member>> byPerson, Map<Member, Map<String, Object>> placed) {
        Set<String> unplaced = new HashSet<>();
        placed.forEach((member, row) -> {
            if (OWN.equals(row.get("rule"))) {
                unplaced.add(member.person());
            }
        });
        Map<String, Set<String>> relativesOf = new HashMap<>();
        byPerson.forEach((person, members) -> members.forEach(member -> member.family().stream()
            .filter(relative -> !relative.equals(person))
            .forEach(relative -> {
                relativesOf.computeIfAbsent(person, unused -> new HashSet<>()).add(relative);
                relativesOf.computeIfAbsent(relative, unused -> new HashSet<>()).add(person);
            })));
        Map<String, Set<String>> familyOf = new HashMap<>();
        for (String person : unplaced) {
            if (!familyOf.containsKey(person) && relativesOf.containsKey(person)) {
                // Sorted: the family's household is known by its first member.
                Set<String> family = new TreeSet<>();
                Deque<String> queue = new ArrayDeque<>(List.of(person));
                while (!queue.isEmpty()) {
                    String next = queue.poll();
                    if (family.add(next)) {
                        relativesOf.getOrDefault(next, Set.of()).stream()
                            .filter(unplaced::contains)
                            .forEach(queue::add);
                    }
                }
                family.forEach(member -> familyOf.put(member, family));
            }
        }
        Map<Member, Map<String, Object>> joined = new HashMap<>();
        placed.forEach((member, row) -> {
            Set<String> family = familyOf.get(member.person());
            if (family == null || !OWN.equals(row.get("rule"))) {
                return;
            }
            Comparator<Member> byDistance = Comparator
                .<Member>comparingLong(other -> Math.abs(other.at() - member.at()))
                .thenComparing(Member::key);
            Member placedRelative = nearestPlaced(relativesOf.get(member.person()), byPerson, unplaced, byDistance);
            if (placedRelative == null) {
                Set<String> relativesOfFamily = new HashSet<>();
                family.forEach(relative -> relativesOfFamily.addAll(relativesOf.getOrDefault(relative, Set.of())));
                placedRelative = nearestPlaced(relativesOfFamily, byPerson, unplaced, byDistance);
            }
            Map<String, Object> join = new HashMap<>(row);
            join.put("rule", "family-matter-with-relative");
            if (placedRelative == null) {
                join.put("household", "person:" + family.iterator().next());
            }
            else {
                Map<String, Object> theirs = placed.get(placedRelative);
                join.put("household", theirs.get("household"));
                join.put("addressOf", theirs.get("addressOf"));
                join.put("addressFrom", theirs.get("addressFrom"));
                join.put("areaCode", theirs.get("areaCode"));
            }
            joined.put(member, join);
        });
        joined.forEach((member, join) -> placed.get(member).putAll(join));
    }

    private static Member nearestPlaced(Collection<String> relatives, Map<String, List<Member>> byPerson,
            Set<String> unplaced, Comparator<Member> byDistance) {
        return relatives == null ? null : relatives.stream()
            .filter(relative -> !unplaced.contains(relative))
            .flatMap(relative -> byPerson.getOrDefault(relative, List.of()).stream())
            .min(byDistance)
            .orElse(null);
    }
}
