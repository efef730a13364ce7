package org.disputehub.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void checkCharacterFollowsGb11643() {
        // The standard's own example, and one whose check character is X.
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.checkChar("44052418800101001")).isEqualTo('4');
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(IdNumbers.of("996611", LocalDate.of(1977, 8, 13), 481)).startsWith("99661119770813481").hasSize(18);
        assertThat(IdNumbers.toOldForm("11010519491231002X")).isEqualTo("110105491231002");
    }

    @Test
    void everyPersonHasAUniqueValidIdInTheSyntheticRegion() {
        List<Map<String, String>> persons = GeneratedSets.truth(GeneratedSets.normal(), "persons.csv");
        Set<String> ids = new HashSet<>();
        for (Map<String, String> person : persons) {
            String id = person.get("id_number");
            assertThat(IdNumbers.isValid(id)).as(id).isTrue();
            assertThat(id).startsWith("99").contains(person.get("birth_date").replace("-", ""));
            // the second-last digit carries the sex
            assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo(person.get("sex").equals("M"));
            ids.add(id);
        }
        assertThat(ids).hasSameSizeAs(persons);
    }

    @Test
    void oldStyleNumbersAreWrittenOnlyForPeopleBornInThe1900s() {
        // 15-digit numbers were issued before 1999; one for a child born in 2004 would read as born in 1904.
        Map<String, String> birthDates = personField(GeneratedSets.hard(), "birth_date");
        Map<String, String> personOf = personOfMention(GeneratedSets.hard());
        List<String> oldStyleBirths = GeneratedSets.truth(GeneratedSets.hard(), "mention_text.csv").stream()
                .filter(text -> text.get("tags").contains("id:old15"))
                .map(text -> birthDates.get(personOf.get(GeneratedSetsKeys.mentionKey(text))))
                .toList();
        assertThat(oldStyleBirths).isNotEmpty().allSatisfy(birth -> assertThat(birth).startsWith("19"));
        assertThat(birthDates.values()).anySatisfy(birth -> assertThat(birth).startsWith("20"));
    }

    @Test
    void idsWrittenWithoutNoiseAreTheTruePersonsValidIds() {
        Map<String, String> trueIds = personField(GeneratedSets.normal(), "id_number");
        Map<String, String> personOf = personOfMention(GeneratedSets.normal());
        int clean = 0;
        int noisy = 0;
        for (Map<String, String> text : GeneratedSets.truth(GeneratedSets.normal(), "mention_text.csv")) {
            String written = text.get("id_number");
            if (written.isEmpty()) {
                assertThat(text.get("tags")).contains("id:missing");
                continue;
            }
            String truth = trueIds.get(personOf.get(GeneratedSetsKeys.mentionKey(text)));
            if (text.get("tags").contains("id:")) {
                noisy++;
                continue;
            }
            clean++;
            assertThat(written).isEqualTo(truth);
            assertThat(IdNumbers.isValid(written)).isTrue();
        }
        assertThat(clean).isGreaterThan(500);
        assertThat(noisy).isPositive();
    }

    /** A truth field of every person, by person id. */
    private static Map<String, String> personField(Path set, String field) {
        return GeneratedSets.truth(set, "persons.csv").stream()
                .collect(Collectors.toMap(p -> p.get("person_id"), p -> p.get(field)));
    }

    /** The true person of every mention, by mention key. */
    private static Map<String, String> personOfMention(Path set) {
        return GeneratedSets.truth(set, "mentions.csv").stream()
                .collect(Collectors.toMap(GeneratedSetsKeys::mentionKey, m -> m.get("person_id")));
    }
}
