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

import org.neo4j.driver.Record;
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

    private record Member(String person, String key, String home, String address, String placeHome,
            String placeAddress, String landline, long at, String household, List<String> family) {

        static Member of(Record record) {
            return new Member(record.get("person").asString(), record.get("key").asString(),
                    record.get("home").asString(null), record.get("address").asString(null),
                    record.get("placeHome").asString(null), record.get("placeAddress").asString(null),
                    record.get("landline").asString(null), record.get("at").isNull() ? 0 : record.get("at").asLong(),
                    record.get("household").asString(null), record.get("family").asList(value -> value.asString()));
        }
    }

    private static final String OWN = "own-household";

    private final List<String> familyCategories;
    private final List<String> bystanderRoles;

    public HouseholdLinker(LinkingProperties properties) {
        this.familyCategories = properties.familyCategories();
        this.bystanderRoles = properties.bystanderRoles();
    }

    /** Returns the households whose members changed. */
    public Set<String> link(TransactionContext tx, Collection<String> persons) {
        if (persons.isEmpty()) {
            return Set.of();
        }
        Set<String> all = new HashSet<>(persons);
        all.addAll(tx.run(HouseholdCypher.RELATED_PERSONS, Map.of("persons", List.copyOf(persons), "family",
                familyCategories, "bystanders", bystanderRoles)).single().get("persons").asList(value -> value.asString()));
        List<Member> members = tx.run(HouseholdCypher.MEMBERS, Map.of("persons", List.copyOf(all), "family",
                familyCategories, "bystanders", bystanderRoles)).list(Member::of);
        Set<String> landlines = new HashSet<>();
        members.forEach(member -> {
            if (member.landline() != null) {
                landlines.add(member.landline());
            }
        });
        Map<String, String> landlineHomes = new HashMap<>();
        tx.run(HouseholdCypher.LANDLINE_HOMES, Map.of("landlines", List.copyOf(landlines)))
            .forEachRemaining(record -> landlineHomes.put(record.get("phone").asString(), record.get("home").asString()));

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
        Set<String> changed = new HashSet<>();
        placed.forEach((member, row) -> {
            rows.add(row);
            if (member.household() != null && !member.household().equals(row.get("household"))) {
                changed.add(member.household());
            }
            changed.add((String) row.get("household"));
        });
        tx.run(HouseholdCypher.WRITE, Map.of("rows", rows)).consume();
        tx.run(HouseholdCypher.REMOVE_EMPTY, Map.of("keys", List.copyOf(changed))).consume();
        return changed;
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
            row.put("address", nearestHome.address());
            row.put("rule", nearestHome == member ? "home-address" : "person-home-address-nearest-in-time");
        }
        else if (nearestPlace != null) {
            row.put("household", "addr:" + nearestPlace.placeHome());
            row.put("address", nearestPlace.placeAddress());
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
        row.putIfAbsent("address", null);
        return row;
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
        row.put("address", theirs.get("address"));
        row.put("areaCode", theirs.get("areaCode"));
    }
}
