package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final Set<String> familyCategories;
    private final Set<String> bystanderRoles;
    private final LinkingIndex index;

    public HouseholdLinker(LinkingProperties properties, LinkingIndex index) {
        this.familyCategories = Set.copyOf(properties.familyCategories());
        this.bystanderRoles = Set.copyOf(properties.bystanderRoles());
        this.index = index;
    }

    /** Places the mentions of the persons and their relatives; returns the mentions whose household changed. */
    public Set<String> link(TransactionContext tx, Collection<String> persons) {
        if (persons.isEmpty()) {
            return Set.of();
        }
        Set<String> all = new HashSet<>(persons);
        persons.forEach(person -> all.addAll(related(person)));
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
        placed.forEach((member, row) -> {
            if (OWN.equals(row.get("rule"))) {
                joinRelatives(member, row, byPerson, placed);
            }
        });
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

    /**
     * Everyone whose household may follow from the person's: who shares a landline with them (a landline is a
     * household's) and who is a party with them in a family matter (a witness is not family).
     */
    private Set<String> related(String person) {
        Set<String> related = new HashSet<>();
        for (String key : index.mentionsOfPerson(person)) {
            LinkingIndex.IndexedMention mention = index.mention(key);
            if (mention.landline() != null) {
                index.mentionsWithPhone(mention.landline()).forEach(other -> addPerson(other, related));
            }
            LinkingIndex.IndexedCase matter = index.caseOf(mention.caseKey());
            if (family(matter, mention)) {
                matter.mentions().stream()
                    .filter(other -> !bystander(index.mention(other)))
                    .forEach(other -> addPerson(other, related));
            }
        }
        return related;
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
     * that relative was placed, by the relative's own address, the house they called from or their landline; when
     * no relative was placed either, they live together in a household known by its first member.
     */
    private static void joinRelatives(Member member, Map<String, Object> row, Map<String, List<Member>> byPerson,
            Map<Member, Map<String, Object>> placed) {
        Comparator<Member> byDistance = Comparator.<Member>comparingLong(other -> Math.abs(other.at() - member.at()))
            .thenComparing(Member::key);
        List<String> relatives = byPerson.get(member.person()).stream()
            .flatMap(own -> own.family().stream())
            .filter(relative -> !relative.equals(member.person()))
            .distinct()
            .sorted()
            .toList();
        if (relatives.isEmpty()) {
            return;
        }
        Member placedRelative = relatives.stream()
            .flatMap(relative -> byPerson.getOrDefault(relative, List.of()).stream())
            .filter(other -> !OWN.equals(placed.get(other).get("rule")))
            .min(byDistance)
            .orElse(null);
        row.put("rule", "family-matter-with-relative");
        if (placedRelative == null) {
            String first = relatives.get(0).compareTo(member.person()) < 0 ? relatives.get(0) : member.person();
            row.put("household", "person:" + first);
            return;
        }
        Map<String, Object> theirs = placed.get(placedRelative);
        row.put("household", theirs.get("household"));
        row.put("addressOf", theirs.get("addressOf"));
        row.put("addressFrom", theirs.get("addressFrom"));
        row.put("areaCode", theirs.get("areaCode"));
    }
}
