package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.disputehub.hub.warnings.WarningProperties;
import org.springframework.stereotype.Component;

/**
 * The words linking and warnings look for in a case's text: the names of categories and their groups (an
 * escalation continues the matter its text names), the words that say a matter was reported before and the
 * warning rules' words. The linking index keeps only
 * these of each text: a million cases' texts would take a good part of its heap.
 */
@Component
public class RuleWords {

    /** Rule words may not hold a line break, so no word is found across two of those kept. */
    private static final String SEPARATOR = "\n";

    private final List<String> words;

    public RuleWords(LinkingProperties linking, WarningProperties warnings) {
        Set<String> all = new TreeSet<>();
        linking.disputes().categoryGroups().forEach((group, categories) -> {
            all.add(group);
            all.addAll(categories);
        });
        all.addAll(linking.disputes().continuation().words());
        warnings.rules().stream().filter(rule -> rule.words() != null).forEach(rule -> all.addAll(rule.words()));
        all.stream().filter(word -> word.contains(SEPARATOR)).findAny().ifPresent(word -> {
            throw new IllegalArgumentException("A category or warning word holds a line break: '" + word + "'");
        });
        this.words = List.copyOf(all);
    }

    /**
     * The rule words the text holds, one a line, or null when it holds none. Any rule word is in the result
     * exactly when it is in the text: a word within the text is itself kept, and a kept line is a part of it.
     */
    public String in(String text) {
        if (text == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        for (String word : words) {
            if (text.contains(word)) {
                found.add(word);
            }
        }
        return found.isEmpty() ? null : String.join(SEPARATOR, found).intern();
    }
}
