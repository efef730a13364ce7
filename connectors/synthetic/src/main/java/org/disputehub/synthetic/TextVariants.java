package org.disputehub.synthetic;

import java.util.HashMap;
import java.util.Map;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/** Ways the same text gets typed: traditional characters, full-width digits, stray spaces. */
final class TextVariants {

    static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final int CACHE_LIMIT = 100_000;

    /** Place words repeat a lot; converting each once keeps opencc4j off the hot path. */
    private final Map<String, String> phrases = new HashMap<>();
    private final Map<Character, Character> characters = new HashMap<>();

    /** A short text (a place name, an address part) converted as a whole. */
    String traditional(String text) {
        String cached = phrases.get(text);
        if (cached == null) {
            cached = ZhConverterUtil.toTraditional(text);
            if (phrases.size() < CACHE_LIMIT) {
                phrases.put(text, cached);
            }
        }
        return cached;
    }

    /**
     * A personal name, character by character: names have no phrase context to convert by,
     * and a million different names would defeat any cache of whole names.
     */
    String traditionalName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(characters.computeIfAbsent(c, k -> {
                String converted = ZhConverterUtil.toTraditional(String.valueOf(k));
                return converted.length() == 1 ? converted.charAt(0) : k;
            }));
        }
        return out.toString();
    }

    /** ASCII digits, letters and '+', '-', '(', ')' to their full-width forms (１３９…, ｘ). */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean convertible = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                    || c == '+' || c == '-' || c == '(' || c == ')';
            out.append(convertible ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    /** A space (sometimes an ideographic one) inserted at a random inner position, or in front. */
    static String strayspace(String text, Dice dice) {
        char space = dice.chance(0.25) ? IDEOGRAPHIC_SPACE : ' ';
        if (text.length() < 2 || dice.chance(0.2)) {
            return dice.chance(0.5) ? space + text : text + space;
        }
        int at = dice.between(1, text.length() - 1);
        return text.substring(0, at) + space + text.substring(at);
    }
}
