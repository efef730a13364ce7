package org.disputehub.hub.linking;

import java.text.Normalizer;

/**
 * Phone numbers in any written form ({@code 139 1234 5678}, {@code +86-139-1234-5678}, {@code (0932)1234567},
 * full-width digits) reduced to a comparable key. Mobiles belong to a person; landlines to a household, so a
 * landline is compared by its local number whether or not the area code was written.
 */
public final class Phones {

    private Phones() {
    }

    public record Phone(String key, boolean mobile) {
    }

    public static Phone parse(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\D", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return new Phone("m:" + digits, true);
        }
        if (digits.length() >= 7 && digits.length() <= 12) {
            // The local number is the last seven digits; the area code may or may not have been written.
            return new Phone("l:" + digits.substring(digits.length() - 7), false);
        }
        return null;
    }
}
