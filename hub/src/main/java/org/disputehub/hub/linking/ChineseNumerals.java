package org.disputehub.hub.linking;

/** Small numbers as addresses write them: {@code 12}, {@code 十二}, {@code 二十四}, {@code 一百零五}, {@code 两}. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static int parse(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String plain = text.replace('〇', '零').replace('两', '二');
        if (plain.indexOf('十') < 0 && plain.indexOf('百') < 0) {
            // Written digit by digit: 一〇五
            int value = 0;
            for (char c : plain.toCharArray()) {
                value = value * 10 + (Character.isDigit(c) ? c - '0' : Math.max(DIGITS.indexOf(c), 0));
            }
            return value;
        }
        int total = 0;
        int digit = -1;
        for (char c : plain.toCharArray()) {
            int value = DIGITS.indexOf(c);
            if (value >= 0) {
                digit = value;
            }
            else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            }
            else if (Character.isDigit(c)) {
                digit = c - '0';
            }
        }
        return total + Math.max(digit, 0);
    }
}
