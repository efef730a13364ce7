package org.disputehub.hub.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.disputehub.hub.warnings.WarningProperties;
import org.junit.jupiter.api.Test;

class RuleWordsTest {

    private static final List<String> THREATS = List.of("持刀", "刀", "威胁", "打死");

    private final RuleWords ruleWords = new RuleWords(
            new LinkingProperties(1.0, Map.of(),
                    new LinkingProperties.Disputes(60, 180,
                            Map.of("[劳动争议]", List.of("劳动争议", "劳资纠纷"), "[邻里纠纷]", List.of("邻里纠纷")),
                            List.of("殴打他人")),
                    List.of(), List.of()),
            new WarningProperties(List.of("red"),
                    List.of(new WarningProperties.Rule("words", "red", null, null, null, THREATS, null))));

    @Test
    void keepsEveryRuleWordTheTextHoldsAndNoOther() {
        String text = "报警人称因劳动争议再次与对方发生冲突，对方持刀威胁。";
        String kept = ruleWords.in(text);

        for (String word : List.of("持刀", "刀", "威胁", "打死", "劳动争议", "劳资纠纷", "邻里纠纷", "[劳动争议]")) {
            assertThat(kept.contains(word)).as(word).isEqualTo(text.contains(word));
        }
        assertThat(kept.lines()).containsExactlyInAnyOrder("劳动争议", "刀", "持刀", "威胁");
    }

    @Test
    void keepsNothingOfATextWithoutRuleWords() {
        assertThat(ruleWords.in("来电人反映柳树社区自来水停水两天，请求尽快恢复。")).isNull();
        assertThat(ruleWords.in(null)).isNull();
    }

    @Test
    void refusesAWordWithALineBreak() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleWords(
                new LinkingProperties(1.0, Map.of(), new LinkingProperties.Disputes(60, 180, Map.of(), List.of()),
                        List.of(), List.of()),
                new WarningProperties(List.of("red"),
                        List.of(new WarningProperties.Rule("words", "red", null, null, null, List.of("打\n人"), null)))))
            .withMessageContaining("line break");
    }
}
