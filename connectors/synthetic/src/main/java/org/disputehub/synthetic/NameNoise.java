package org.disputehub.synthetic;

/** Names as operators type them: homophone typos, traditional characters, stray spaces, titles. */
final class NameNoise {

    static final String ANONYMOUS = "匿名";

    private final NoiseRates rates;
    private final Homophones homophones;
    private final TextVariants variants;

    NameNoise(NoiseRates rates, Homophones homophones, TextVariants variants) {
        this.rates = rates;
        this.homophones = homophones;
        this.variants = variants;
    }

    /** A caller on the hotline may give only surname and title, or stay anonymous. */
    String caller(String name, boolean male, Dice dice, Tags tags) {
        if (dice.chance(rates.anonymous())) {
            tags.add("name", "anonymous");
            return ANONYMOUS;
        }
        if (dice.chance(rates.title())) {
            tags.add("name", "title");
            String titled = name.charAt(0) + (male ? "先生" : "女士");
            return dice.chance(rates.traditionalName()) ? traditional(titled, tags) : titled;
        }
        return person(name, dice, tags);
    }

    String person(String name, Dice dice, Tags tags) {
        String written = name;
        if (dice.chance(rates.homophone())) {
            String misspelt = homophones.misspell(written, dice);
            if (!misspelt.equals(written)) {
                tags.add("name", "homophone");
                written = misspelt;
            }
        }
        if (dice.chance(rates.traditionalName())) {
            written = traditional(written, tags);
        }
        if (dice.chance(rates.spacedName())) {
            tags.add("name", "space");
            written = TextVariants.strayspace(written, dice);
        }
        return written;
    }

    /** A name quoted inside free text (the other party): same noise, nobody keeps tags for it. */
    String inText(String name, Dice dice) {
        return person(name, dice, new Tags());
    }

    private String traditional(String name, Tags tags) {
        String converted = variants.traditionalName(name);
        if (!converted.equals(name)) {
            tags.add("name", "trad");
        }
        return converted;
    }
}
