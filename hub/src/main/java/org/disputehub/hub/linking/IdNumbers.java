package org.disputehub.hub.linking;

import java.text.Normalizer;

/**
 * Resident ID numbers (GB 11643): 17 digits and a check character. Reads them the way people write them:
 * full-width digits, stray spaces, a lower-case {@code x}, and 15-digit numbers from before 1999.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumbers() {
    }

    /** The 18-character form with a valid check character, or null when the text is not a valid ID. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String id = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s-]", "").toUpperCase();
        if (id.length() == 15 && id.chars().allMatch(Character::isDigit)) {
            // Old numbers lack the century and the check character: all were issued to people born in 19xx.
            String body = id.substring(0, 6) + "19" + id.substring(6);
            return body + checkCharacter(body);
        }
        if (id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return checkCharacter(id.substring(0, 17)) == id.charAt(17) ? id : null;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
