package org.disputehub.synthetic;

/** Phone numbers in the shapes people give them: mobiles with +86, spaces, dashes; landlines with or without area code. */
final class PhoneNoise {

    private static final String[] MOBILE_SHAPES = {"spaced", "dashed", "plus86", "plus86_space", "plus86_dashed"};
    private static final int[] MOBILE_SHAPE_WEIGHTS = {10, 6, 6, 4, 7};
    private static final String[] LANDLINE_SHAPES = {
        "landline_plain", "landline_no_dash", "landline_spaced", "landline_paren", "landline_local"};
    private static final int[] LANDLINE_SHAPE_WEIGHTS = {45, 15, 12, 10, 18};

    private final NoiseRates rates;

    PhoneNoise(NoiseRates rates) {
        this.rates = rates;
    }

    /**
     * @param mobile   the person's mobile or null
     * @param landline the household's landline ({@code 0932-1234567}) or null
     * @param present  how often this channel records a phone at all
     */
    String write(String mobile, String landline, double present, Dice dice, Tags tags) {
        if (mobile == null && landline == null) {
            tags.add("phone", "none");
            return null;
        }
        if (!dice.chance(present)) {
            tags.add("phone", "missing");
            return null;
        }
        boolean useMobile = mobile != null && (landline == null || dice.chance(0.8));
        String written = useMobile ? mobile(mobile, dice, tags) : landline(landline, dice, tags);
        if (dice.chance(0.06)) {
            tags.add("phone", "fullwidth");
            written = TextVariants.fullWidth(written);
        }
        return written;
    }

    private String mobile(String number, Dice dice, Tags tags) {
        if (!dice.chance(rates.phoneNoisyFormat())) {
            return number;
        }
        String shape = MOBILE_SHAPES[dice.weighted(MOBILE_SHAPE_WEIGHTS)];
        tags.add("phone", shape);
        String a = number.substring(0, 3);
        String b = number.substring(3, 7);
        String c = number.substring(7);
        return switch (shape) {
            case "spaced" -> a + " " + b + " " + c;
            case "dashed" -> a + "-" + b + "-" + c;
            case "plus86" -> "+86" + number;
            case "plus86_space" -> "+86 " + number;
            default -> "+86-" + a + "-" + b + "-" + c;
        };
    }

    private static String landline(String number, Dice dice, Tags tags) {
        String shape = LANDLINE_SHAPES[dice.weighted(LANDLINE_SHAPE_WEIGHTS)];
        tags.add("phone", shape);
        String area = number.substring(0, 4);
        String local = number.substring(5);
        return switch (shape) {
            case "landline_plain" -> number;
            case "landline_no_dash" -> area + local;
            case "landline_spaced" -> area + " " + local;
            case "landline_paren" -> "(" + area + ")" + local;
            default -> local;
        };
    }
}
