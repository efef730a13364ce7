package org.disputehub.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class HardVariantTest {

    private final Path set = GeneratedSets.hard();

    @Test
    void moversAreMentionedWithTheirNewHouseholdAfterTheMove() {
        Map<String, String[]> movers = GeneratedSets.truth(set, "persons.csv").stream()
                .filter(p -> p.get("households").contains("|"))
                .collect(Collectors.toMap(p -> p.get("person_id"), p -> p.get("households").split("\\|")));
        assertThat(movers).isNotEmpty();
        long mentionedAtNewHome = GeneratedSets.truth(set, "mentions.csv").stream()
                .filter(m -> movers.containsKey(m.get("person_id")))
                .filter(m -> m.get("household_id").equals(movers.get(m.get("person_id"))[1]))
                .count();
        assertThat(mentionedAtNewHome).isPositive();
    }

    @Test
    void namesakesLiveInTheSameVillage() {
        Map<String, String> villageOf = GeneratedSets.truth(set, "households.csv").stream()
                .collect(Collectors.toMap(h -> h.get("household_id"), h -> h.get("village_code")));
        Map<String, Integer> sameNameSameVillage = new HashMap<>();
        for (Map<String, String> person : GeneratedSets.truth(set, "persons.csv")) {
            String home = person.get("households").split("\\|")[0];
            sameNameSameVillage.merge(person.get("name") + "@" + villageOf.get(home), 1, Integer::sum);
        }
        assertThat(sameNameSameVillage.values().stream().filter(n -> n > 1).count()).isGreaterThan(10);
    }

    @Test
    void hardSetsHaveMoreHomophoneTypos() {
        assertThat(share(GeneratedSets.hard(), "name:homophone"))
                .isGreaterThan(2 * share(GeneratedSets.normal(), "name:homophone"));
    }

    private static double share(Path set, String tag) {
        List<Map<String, String>> texts = GeneratedSets.truth(set, "mention_text.csv");
        return (double) texts.stream().filter(t -> t.get("tags").contains(tag)).count() / texts.size();
    }
}
