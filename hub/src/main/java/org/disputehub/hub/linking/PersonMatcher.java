package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Scores whether two mentions are one person from the evidence they carry, and nothing else: the answer for
 * a pair never depends on which record came first, so clusters come out the same in any ingest order. A valid
 * ID number decides alone; otherwise names, phones, a mistyped ID, the place and who else the two cases name
 * add up, and a contradiction (two valid IDs, two sexes, two different names) rules the pair out.
 */
@Component
public class PersonMatcher {

    /** The pair is two people, whatever else agrees. */
    public static final Match DIFFERENT = new Match(Double.NEGATIVE_INFINITY, "different", List.of());

    private static final long NEAR_IN_TIME = 60L * 24 * 60 * 60 * 1000;

    private final LinkingProperties properties;

    public PersonMatcher(LinkingProperties properties) {
        this.properties = properties;
    }

    /** Score, the rule that best names it, and the fields that agreed. */
    public record Match(double score, String rule, List<String> matched) {
    }

    public Match score(MentionFacts a, MentionFacts b) {
        if (a.caseKey().equals(b.caseKey())) {
            // Two parties of one case are two people.
            return DIFFERENT;
        }
        if (a.idKey() != null && b.idKey() != null) {
            return a.idKey().equals(b.idKey()) ? new Match(properties.weight("id-number", 2.0), "id-number",
                    List.of("idNumber")) : DIFFERENT;
        }
        if (a.sex() != null && b.sex() != null && !a.sex().equals(b.sex())) {
            return DIFFERENT;
        }
        List<String> matched = new ArrayList<>();
        String rule = null;
        double score = 0;

        double name = nameScore(a, b);
        if (name == Double.NEGATIVE_INFINITY) {
            return DIFFERENT;
        }
        if (name > 0) {
            matched.add("name");
            score += name;
        }
        String idA = a.idKey() != null ? a.idKey() : a.idTypo();
        String idB = b.idKey() != null ? b.idKey() : b.idTypo();
        if (idA != null && idB != null) {
            if (idA.equals(idB)) {
                score += properties.weight("same-mistyped-id", 1.0);
                matched.add("idNumber");
                rule = "same-mistyped-id-number";
            }
            else if (IdNumbers.oneTypoApart(idA, idB)) {
                score += properties.weight("id-typo", 0.6);
                matched.add("idNumber~");
                rule = "id-number-one-typo-apart";
            }
            else {
                score += properties.weight("different-id", -0.6);
            }
        }
        if (a.phoneKey() != null && b.phoneKey() != null) {
            if (a.phoneKey().equals(b.phoneKey())) {
                score += a.mobile() ? properties.weight("mobile", 0.8) : properties.weight("landline", 0.5);
                matched.add(a.mobile() ? "mobile" : "landline");
                rule = rule != null ? rule : a.mobile() ? "same-mobile" : "same-landline";
            }
            else if (a.mobile() && b.mobile()) {
                score += properties.weight("different-mobile", -0.5);
            }
        }
        if (a.houseKey() != null && a.houseKey().equals(b.houseKey())) {
            score += properties.weight("same-house", 0.5);
            matched.add("house");
        }
        if (a.placeCode() != null && a.placeCode().equals(b.placeCode())) {
            score += properties.weight("same-place", 0.5);
            matched.add("place");
            if (Math.abs(a.at() - b.at()) <= NEAR_IN_TIME) {
                // The same name in the same village within weeks: most often the same quarrel's party.
                score += properties.weight("same-place-near-in-time", 0.2);
                matched.add("time");
            }
        }
        if (!a.others().isEmpty() && b.others().stream().anyMatch(a.others()::contains)) {
            score += properties.weight("co-party", 0.5);
            matched.add("coParty");
            rule = rule != null ? rule : "same-name-same-other-side";
        }
        if (!matched.contains("name") && !identifying(matched)) {
            // A house, a village and a co-party are where someone was, not who: they only support a name or
            // a number. Without this an anonymous caller would join whoever else called from that house.
            return new Match(0, "no-identifying-evidence", List.copyOf(matched));
        }
        if (rule == null) {
            rule = matched.contains("house") ? "same-name-same-house"
                    : matched.contains("place") ? "same-name-same-place" : "same-name";
        }
        return new Match(score, rule, List.copyOf(matched));
    }

    /** Whether the matched fields include a number (ID or phone), not only a name, a house or a place. */
    static boolean identifying(List<String> matched) {
        return matched.contains("idNumber") || matched.contains("idNumber~") || matched.contains("mobile")
                || matched.contains("landline");
    }

    /**
     * Full names agree when written alike or pronounced alike; a surname with a title agrees with a full name of
     * that surname. Anything else is two people, unless a name is missing.
     */
    private double nameScore(MentionFacts a, MentionFacts b) {
        if (a.name() == null || b.name() == null) {
            return 0;
        }
        if (!a.titleOnly() && !b.titleOnly()) {
            if (a.name().equals(b.name())) {
                return properties.weight("name", 0.5);
            }
            return a.pinyin().equals(b.pinyin()) ? properties.weight("name-homophone", 0.4) : Double.NEGATIVE_INFINITY;
        }
        if (a.titleOnly() && b.titleOnly()) {
            return a.pinyin().equals(b.pinyin()) ? properties.weight("surname-title", 0.2) : Double.NEGATIVE_INFINITY;
        }
        MentionFacts titled = a.titleOnly() ? a : b;
        MentionFacts full = a.titleOnly() ? b : a;
        if (!(full.pinyin() + " ").startsWith(titled.pinyin() + " ")) {
            return Double.NEGATIVE_INFINITY;
        }
        return properties.weight("surname-title", 0.2);
    }
}
