package org.disputehub.synthetic;

import java.time.LocalDate;

/** Resident ID numbers after GB 11643-1999: region, birth date, sequence and check character. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private IdNumbers() {
    }

    /** {@code sequence} 0..999; its parity carries the sex (odd for men). */
    static String of(String region, LocalDate birth, int sequence) {
        return of(region, birth.toEpochDay(), sequence);
    }

    static String of(String region, long birthEpochDay, int sequence) {
        LocalDate birth = LocalDate.ofEpochDay(birthEpochDay);
        StringBuilder id = new StringBuilder(18).append(region);
        Digits.pad(id, birth.getYear(), 4);
        Digits.pad(id, birth.getMonthValue(), 2);
        Digits.pad(id, birth.getDayOfMonth(), 2);
        Digits.pad(id, sequence, 3);
        return id.append(checkChar(id)).toString();
    }

    static char checkChar(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return false;
            }
        }
        return id.charAt(17) == checkChar(id);
    }

    /** The 15-digit form issued before 1999: two-digit year and no check character. */
    static String toOldForm(String id) {
        return id.substring(0, 6) + id.substring(8, 17);
    }

    /** A check character other than the right one. */
    static char wrongCheckChar(String id, Dice dice) {
        char right = id.charAt(17);
        char wrong;
        do {
            wrong = dice.pick(CHECK_CHARS);
        } while (wrong == right);
        return wrong;
    }
}
