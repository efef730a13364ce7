package org.disputehub.synthetic;

/** Numbers as people write them in addresses: 3 -> 三, 12 -> 十二, 35 -> 三十五, 105 -> 一百零五. */
final class ChineseNumbers {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {
    }

    static String of(int value) {
        if (value < 0 || value > 9999) {
            throw new IllegalArgumentException("out of range: " + value);
        }
        if (value < 10) {
            return String.valueOf(DIGITS.charAt(value));
        }
        if (value < 20) {
            return "十" + (value % 10 == 0 ? "" : DIGITS.charAt(value % 10));
        }
        StringBuilder text = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String names = "千百十";
        boolean pendingZero = false;
        for (int i = 0; i < units.length; i++) {
            int digit = value / units[i] % 10;
            if (digit == 0) {
                pendingZero = text.length() > 0;
                continue;
            }
            if (pendingZero) {
                text.append('零');
                pendingZero = false;
            }
            text.append(DIGITS.charAt(digit));
            if (i < names.length()) {
                text.append(names.charAt(i));
            }
        }
        return text.toString();
    }
}
