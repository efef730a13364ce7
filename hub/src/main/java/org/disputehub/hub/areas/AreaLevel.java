package org.disputehub.hub.areas;

/** Administrative levels, from a 12-digit code: county (6 digits), township (+3), village (+3). */
public enum AreaLevel {
    COUNTY, TOWNSHIP, VILLAGE;

    /** The level a code stands for: {@code 996611} county, {@code 996611102000} township, else village. */
    public static AreaLevel ofCode(String code) {
        if (code.length() <= 6) {
            return COUNTY;
        }
        return code.endsWith("000") ? TOWNSHIP : VILLAGE;
    }

    /** The code one level up, or null for a county. */
    public static String parentOf(String code) {
        return switch (ofCode(code)) {
            case COUNTY -> null;
            case TOWNSHIP -> code.substring(0, 6);
            case VILLAGE -> code.substring(0, 9) + "000";
        };
    }
}
