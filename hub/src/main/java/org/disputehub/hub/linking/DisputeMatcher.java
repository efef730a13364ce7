package org.disputehub.hub.linking;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * Whether two cases are one matter. The sources' own references decide alone. Otherwise the cases must share
 * a party (or, when both name the same other side, a household), be of one kind of quarrel, and be close in
 * time; when both name the other side, it must be the same (a witness is no side). A fight (殴打他人)
 * continues a matter of the kind its text names (因劳动争议再次…), else of any kind only between the same two
 * sides. A caller who does not say they reported the matter before starts a matter of its own; one who does,
 * known by a surname alone, continues the earlier case whose other side they name and whose other party they
 * may be.
 */
@Component
public class DisputeMatcher {

    private static final long DAY = 24L * 60 * 60 * 1000;

    private final LinkingProperties.Disputes rules;
    /** The groups of each category and of each group's own name: a police subtype may serve several kinds. */
    private final Map<String, Set<String>> groupsOf = new HashMap<>();
    private final Set<String> bystanderRoles;

    public DisputeMatcher(LinkingProperties properties) {
        this.rules = properties.disputes();
        this.bystanderRoles = Set.copyOf(properties.bystanderRoles());
        rules.categoryGroups().forEach((group, categories) -> {
            groupsOf.computeIfAbsent(group, unused -> new TreeSet<>()).add(group);
            categories.forEach(category -> groupsOf.computeIfAbsent(category, unused -> new TreeSet<>()).add(group));
        });
    }

    /** Why two cases were joined. */
    public record Match(String rule, List<String> matched) {
    }

    public Match match(CaseLinkFacts a, CaseLinkFacts b) {
        if (a.linked().contains(b.key()) || b.linked().contains(a.key())) {
            return new Match("explicit-reference", List.of("reference"));
        }
        if (!linkable(a) || !linkable(b) || startsAfresh(a, b) || startsAfresh(b, a)) {
            return null;
        }
        Set<String> groupsA = groups(a);
        Set<String> groupsB = groups(b);
        boolean escalation = groupsA.isEmpty() || groupsB.isEmpty();
        if (!escalation && Collections.disjoint(groupsA, groupsB)) {
            return null;
        }
        // A witness shares no side: the same witness, or one from a party's house, joins nothing.
        Set<String> sharedPersons = sides(a, CaseLinkFacts.Party::person);
        sharedPersons.retainAll(sides(b, CaseLinkFacts.Party::person));
        Set<String> sharedHouseholds = sides(a, CaseLinkFacts.Party::knownHousehold);
        sharedHouseholds.retainAll(sides(b, CaseLinkFacts.Party::knownHousehold));
        if (sharedPersons.isEmpty() && sharedHouseholds.isEmpty()) {
            return !escalation && (reportedBefore(a, b) || reportedBefore(b, a))
                    ? new Match("reported-before", List.of("otherSide", "caller", "reportedBefore")) : null;
        }
        // The side both cases share: the same persons, or failing those the same household. Not household-mates
        // of a shared person: in a family quarrel the other side lives in the same house.
        Set<String> shared = new HashSet<>();
        for (CaseLinkFacts facts : List.of(a, b)) {
            facts.parties().forEach(party -> {
                if (party.pinyin() != null && (sharedPersons.contains(party.person())
                        || sharedPersons.isEmpty() && sharedHouseholds.contains(party.household()))) {
                    shared.add(party.pinyin());
                }
            });
        }
        Set<String> otherA = otherSide(a, shared);
        Set<String> otherB = otherSide(b, shared);
        // Both sides in both cases, or the same other side named in each.
        boolean agreed = sharedPersons.size() >= 2 || otherA.stream().anyMatch(otherB::contains);
        if (!agreed && !otherA.isEmpty() && !otherB.isEmpty()) {
            return null;
        }
        long gap = Math.abs(a.at() - b.at());
        if (agreed) {
            return gap <= rules.agreedWindowDays() * DAY
                    ? new Match("same-sides", sharedPersons.isEmpty() ? List.of("household", "otherSide")
                            : List.of("party", "otherSide"))
                    : null;
        }
        if (escalation || sharedPersons.isEmpty()) {
            return null;
        }
        return gap <= rules.windowDays() * DAY ? new Match("same-party-same-kind", List.of("party", "category"))
                : null;
    }

    /**
     * The kinds of quarrel: its category's groups; for an escalation, the groups of the first category its text
     * names (by name), or none when it names none.
     */
    private Set<String> groups(CaseLinkFacts facts) {
        if (!rules.escalations().contains(facts.category())) {
            return groupsOf.getOrDefault(facts.category(), Set.of());
        }
        if (facts.content() == null) {
            return Set.of();
        }
        return groupsOf.entrySet().stream()
            .filter(entry -> !entry.getKey().startsWith("[") && facts.content().contains(entry.getKey()))
            .min(Map.Entry.comparingByKey())
            .map(Map.Entry::getValue)
            .orElse(Set.of());
    }

    /**
     * The kinds of quarrel all these cases can be, or null when none says or they already disagree (cases the
     * sources' own references joined). A case of a subtype that serves two kinds must not join one matter of
     * each kind into one.
     */
    Set<String> commonKinds(Collection<CaseLinkFacts> cases) {
        Set<String> common = null;
        for (CaseLinkFacts facts : cases) {
            Set<String> kinds = groups(facts);
            if (kinds.isEmpty()) {
                continue;
            }
            if (common == null) {
                common = new TreeSet<>(kinds);
            }
            else {
                common.retainAll(kinds);
            }
        }
        return common == null || common.isEmpty() ? null : common;
    }

    /**
     * Whether {@code later}, reported after {@code earlier} by the one who reported that, in a channel that says
     * when a matter came before, says nothing of the kind: then it is a new matter, not the earlier one again.
     */
    private boolean startsAfresh(CaseLinkFacts later, CaseLinkFacts earlier) {
        LinkingProperties.Continuation continuation = rules.continuation();
        if (later.at() <= earlier.at() || !continuation.channels().contains(later.source())
                || !continuation.earlier().contains(earlier.source())) {
            return false;
        }
        Set<String> reporters = reporters(earlier, continuation);
        reporters.retainAll(reporters(later, continuation));
        return !reporters.isEmpty() && !saysReportedBefore(later.source(), later.content());
    }

    /**
     * Whether {@code later} is a work order whose caller says they reported the matter before and names as the
     * other side a party to {@code earlier}, an earlier case within the window, whose other party the caller
     * may be: the surname they gave (王女士) is that party's, or they gave no name and called from the same
     * village. Person linking cannot join a caller known by a surname alone; the matter can still be seen.
     */
    private boolean reportedBefore(CaseLinkFacts later, CaseLinkFacts earlier) {
        if (!saysReportedBefore(later.source(), later.content()) || !continuesFrom(earlier.source())
                || later.at() <= earlier.at() || later.at() - earlier.at() > rules.windowDays() * DAY) {
            return false;
        }
        for (CaseLinkFacts.Party otherSide : earlier.parties()) {
            if (otherSide.pinyin() == null || bystander(otherSide)
                    || !later.counterparties().contains(otherSide.pinyin())) {
                continue;
            }
            for (CaseLinkFacts.Party caller : later.parties()) {
                if (!rules.continuation().reporterRoles().contains(caller.role())) {
                    continue;
                }
                for (CaseLinkFacts.Party party : earlier.parties()) {
                    if (party != otherSide && !bystander(party) && mayBe(caller, party, later, earlier)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A caller known by a surname and title, or by nothing from the same village, may be the party. */
    private static boolean mayBe(CaseLinkFacts.Party caller, CaseLinkFacts.Party party, CaseLinkFacts callerCase,
            CaseLinkFacts partyCase) {
        if (party.pinyin() == null) {
            return false;
        }
        Names.Name name = Names.parse(caller.name());
        if (name.titleOnly()) {
            return (party.pinyin() + " ").startsWith(name.pinyin() + " ");
        }
        return name.text() == null && callerCase.placeCode() != null
                && callerCase.placeCode().equals(partyCase.placeCode());
    }

    /** Whether a case of this channel and text says its matter was reported before (再次反映, 此前已报警). */
    boolean saysReportedBefore(String source, String text) {
        LinkingProperties.Continuation continuation = rules.continuation();
        return continuation.channels().contains(source) && text != null
                && continuation.words().stream().anyMatch(text::contains);
    }

    /** Whether a later work order's "reported before" may mean a case of this channel. */
    boolean continuesFrom(String source) {
        return rules.continuation().earlier().contains(source);
    }

    private static Set<String> reporters(CaseLinkFacts facts, LinkingProperties.Continuation continuation) {
        Set<String> reporters = new HashSet<>();
        facts.parties().forEach(party -> {
            if (party.person() != null && continuation.reporterRoles().contains(party.role())) {
                reporters.add(party.person());
            }
        });
        return reporters;
    }

    private boolean linkable(CaseLinkFacts facts) {
        return facts.category() != null
                && (groupsOf.containsKey(facts.category()) || rules.escalations().contains(facts.category()));
    }

    private Set<String> sides(CaseLinkFacts facts, Function<CaseLinkFacts.Party, String> key) {
        Set<String> keys = new HashSet<>();
        facts.parties().forEach(party -> {
            String value = key.apply(party);
            if (value != null && !bystander(party)) {
                keys.add(value);
            }
        });
        return keys;
    }

    /** A witness and the like; a party without a role (as some sources give them) is a side. */
    private boolean bystander(CaseLinkFacts.Party party) {
        return party.role() != null && bystanderRoles.contains(party.role());
    }

    /** Names of the other side: parties not shared with the other case, and those the text names. */
    private Set<String> otherSide(CaseLinkFacts facts, Set<String> shared) {
        Set<String> names = new HashSet<>(facts.counterparties());
        facts.parties().forEach(party -> {
            if (party.pinyin() != null && !bystander(party)) {
                names.add(party.pinyin());
            }
        });
        names.removeAll(shared);
        return names;
    }
}
