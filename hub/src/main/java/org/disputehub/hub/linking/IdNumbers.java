package org.disputehub.hub.linking;

import java.text.Normalizer;

/**
 * Resident ID numbers (GB 11643): 17 digits and a check character. Reads them the way people write them:
 * full-width digits, stray spaces, a lower-case {@code x}, and 15-digit numbers from before 1999. A number whose
 * check character is wrong is kept apart as mistyped: it never identifies a person on its own, but one typo
 * away from a valid number it supports a match.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumbers() {
    }

    /** The 18-character form with a valid check character, or null when the text is not a valid ID. */
    public static String normalise(String text) {
        String id = clean(text);
        if (id == null) {
            return null;
        }
        if (id.length() == 15 && id.chars().allMatch(Character::isDigit)) {
            // Old numbers lack the century and the check character: all were issued to people born in 19xx.
            String body = id.substring(0, 6) + "19" + id.substring(6);
            return body + checkCharacter(body);
        }
        if (!wellFormed(id)) {
            return null;
        }
        return checkCharacter(id.substring(0, 17)) == id.charAt(17) ? id : null;
    }

    /** An 18-character number that fails its check: a typo of some valid number. */
    public static String mistyped(String text) {
        String id = clean(text);
        return id != null && wellFormed(id) && normalise(id) == null ? id : null;
    }

    /** M or F from the 17th digit of a valid or mistyped number. */
    public static String sex(String id) {
        return id == null || id.length() != 18 ? null : (id.charAt(16) - '0') % 2 == 1 ? "M" : "F";
    }

    /** One character different, or two neighbouring characters swapped. */
    public static boolean oneTypoApart(String a, String b) {
        if (a == null || b == null || a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return differences == 1 || differences == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String id = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s-]", "").toUpperCase();
        return id.isEmpty() ? null : id;
    }

    private static boolean wellFormed(String id) {
        return id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit)
                && (Character.isDigit(id.charAt(17)) || id.charAt(17) == 'X');
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
