package org.disputehub.synthetic;

/** ID numbers as written down: often missing, sometimes old-style, mistyped or oddly formatted. */
final class IdNoise {

    private final NoiseRates rates;

    IdNoise(NoiseRates rates) {
        this.rates = rates;
    }

    /** {@code present}: how often this channel records an ID at all. */
    String write(String id, double present, Dice dice, Tags tags) {
        if (!dice.chance(present)) {
            tags.add("id", "missing");
            return null;
        }
        double rate = rates.idVariant();
        String written = id;
        double roll = dice.unit();
        if (roll < rate && id.startsWith("19", 6)) {
            // Old-style numbers were issued before 1999: only to people born in the 1900s.
            tags.add("id", "old15");
            written = IdNumbers.toOldForm(id);
        }
        else if (roll < 2 * rate) {
            tags.add("id", "wrong_check");
            written = id.substring(0, 17) + IdNumbers.wrongCheckChar(id, dice);
        }
        else if (roll < 3 * rate) {
            String swapped = swapTwoDigits(id, dice);
            if (!swapped.equals(id)) {
                tags.add("id", "swap");
                written = swapped;
            }
        }
        if (written.endsWith("X") && dice.chance(0.45)) {
            tags.add("id", "lower_x");
            written = written.substring(0, written.length() - 1) + "x";
        }
        if (dice.chance(rate)) {
            tags.add("id", "fullwidth");
            written = TextVariants.fullWidth(written);
        }
        else if (dice.chance(rate)) {
            tags.add("id", "space");
            int at = dice.chance(0.5) ? 6 : dice.between(8, written.length() - 2);
            written = written.substring(0, at) + " " + written.substring(at);
        }
        return written;
    }

    /** Two neighbouring, different digits of the first 17 swapped; the check character is kept. */
    private static String swapTwoDigits(String id, Dice dice) {
        for (int attempt = 0; attempt < 8; attempt++) {
            int at = dice.between(0, 15);
            if (id.charAt(at) != id.charAt(at + 1)) {
                char[] chars = id.toCharArray();
                chars[at] = id.charAt(at + 1);
                chars[at + 1] = id.charAt(at);
                return new String(chars);
            }
        }
        return id;
    }
}
