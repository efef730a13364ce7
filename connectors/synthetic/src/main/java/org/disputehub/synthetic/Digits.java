package org.disputehub.synthetic;

/**
 * Zero-padded numbers written straight into a StringBuilder: String.format, and even a
 * temporary String per number, showed up in profiles of million-record runs.
 */
final class Digits {

    private Digits() {
    }

    static StringBuilder pad(StringBuilder out, long value, int width) {
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            out.append('0');
        }
        return out.append(value);
    }

    static String padded(String prefix, long value, int width) {
        return pad(new StringBuilder(prefix.length() + width + 2).append(prefix), value, width).toString();
    }
}
