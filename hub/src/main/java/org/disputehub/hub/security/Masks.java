package org.disputehub.hub.security;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * De-identified display (GB/T 35273 Annex A): 张*伟, 139****5678, 99142519******1234, and addresses cut after
 * the village. Works on code points, so names outside the BMP are not split.
 */
public final class Masks {

    /** The end of the village or community; what follows (group, house number) reaches a household. */
    private static final Pattern VILLAGE = Pattern.compile("^.*?(?:村|社区|居委会|小区)");
    private static final Pattern TOWNSHIP = Pattern.compile("^.*?(?:镇|乡|街道)");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{14,17}[0-9Xx]");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{7,16}");
    private static final String HIDDEN = "***";

    private Masks() {
    }

    /** The masked form of {@code value}; null for free text, which has none. */
    public static String mask(PersonalKind kind, String value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case NAME -> name(value);
            case ID_NUMBER -> idNumber(value);
            case PHONE -> phone(value);
            case ADDRESS -> address(value);
            case NAME_PHONE_OR_ID -> byShape(value);
            case FREE_TEXT -> null;
        };
    }

    /** 张伟 → 张*, 张小伟 → 张*伟, 欧阳小明 → 欧**明 */
    static String name(String value) {
        int[] points = value.strip().codePoints().toArray();
        if (points.length <= 2) {
            return points.length == 0 ? value : new String(points, 0, 1) + "*";
        }
        return new String(points, 0, 1) + "*".repeat(points.length - 2)
                + new String(points, points.length - 1, 1);
    }

    /** The region and birth date's year and month stay: 99142519******1234 */
    static String idNumber(String value) {
        return value.length() >= 12 ? keep(value, 8, 4) : keep(value, 0, 2);
    }

    /** 13912345678 → 139****5678 */
    static String phone(String value) {
        return value.length() >= 8 ? keep(value, 3, 4) : keep(value, 0, 2);
    }

    /** Up to the village (红星村), else the township; the rest hidden. */
    static String address(String value) {
        for (Pattern above : new Pattern[] { VILLAGE, TOWNSHIP }) {
            Matcher matcher = above.matcher(value);
            if (matcher.find()) {
                return matcher.group() + HIDDEN;
            }
        }
        return HIDDEN;
    }

    /** Numbers are masked in their compact form, so 996611 19780815 700X hides as much as 99661119780815700X. */
    private static String byShape(String value) {
        String compact = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[\\s\\-()]", "");
        if (ID_NUMBER.matcher(compact).matches()) {
            return idNumber(compact);
        }
        if (PHONE.matcher(compact).matches()) {
            return phone(compact);
        }
        return name(value);
    }

    private static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
