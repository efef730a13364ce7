package org.disputehub.hub.investigation;

import java.util.regex.Pattern;

/**
 * Makes what a user typed a plain Lucene query: every character of the query syntax is escaped and the
 * operator words are lower-cased, so a search is for the text itself and can never become a query program.
 */
final class LuceneText {

    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";
    private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private LuceneText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return OPERATOR_WORDS.matcher(escaped).replaceAll(match -> match.group().toLowerCase());
    }
}
