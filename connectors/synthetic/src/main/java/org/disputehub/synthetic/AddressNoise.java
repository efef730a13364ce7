package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.disputehub.synthetic.AreaCatalog.Village;

/**
 * One house written many ways: 石泉乡红星村三组12号, 红星村3组12号, 石泉乡红星村第三村民小组十二号,
 * plus traditional characters, full-width digits and stray spaces; and places near a house
 * (红星村村委会附近) where a record gives where something happened instead of a home.
 */
final class AddressNoise {

    private static final String[] LANDMARKS = {
        "村委会附近", "河边", "水库旁", "路口", "村口", "小学门口", "卫生室旁", "工地", "桥头", "文化广场"};
    private static final String[] GROUP_SHAPES = {
        "arabic", "group_chinese", "group_villager_group", "group_di_arabic", "group_di_chinese"};
    private static final int[] GROUP_SHAPE_WEIGHTS = {62, 14, 10, 7, 7};

    private final NoiseRates rates;
    private final TextVariants variants;
    private final String countyName;

    AddressNoise(NoiseRates rates, TextVariants variants, String countyName) {
        this.rates = rates;
        this.variants = variants;
        this.countyName = countyName;
    }

    String home(Population population, int household, Dice dice, Tags tags) {
        List<String> parts = prefix(population.village(household), dice, tags);
        parts.add(group(population.householdGroup[household], dice, tags));
        int house = population.householdHouse[household];
        if (dice.chance(0.16)) {
            tags.add("addr", "house_chinese");
            parts.add(ChineseNumbers.of(house) + "号");
        }
        else {
            parts.add(house + "号");
        }
        return finish(parts, dice, tags);
    }

    String landmark(Village village, Dice dice, Tags tags) {
        tags.add("addr", "landmark");
        List<String> parts = prefix(village, dice, tags);
        parts.add(dice.pick(LANDMARKS));
        return finish(parts, dice, tags);
    }

    private List<String> prefix(Village village, Dice dice, Tags tags) {
        List<String> parts = new ArrayList<>(5);
        if (dice.chance(rates.addressCounty())) {
            tags.add("addr", "county");
            parts.add(countyName);
        }
        if (dice.chance(rates.addressNoTownship())) {
            tags.add("addr", "no_township");
        }
        else {
            parts.add(village.township().name());
        }
        parts.add(village.name());
        return parts;
    }

    private static String group(int group, Dice dice, Tags tags) {
        String shape = GROUP_SHAPES[dice.weighted(GROUP_SHAPE_WEIGHTS)];
        return switch (shape) {
            case "arabic" -> group + "组";
            case "group_chinese" -> tagged(tags, shape, ChineseNumbers.of(group) + "组");
            case "group_villager_group" -> tagged(tags, shape, "第" + ChineseNumbers.of(group) + "村民小组");
            case "group_di_arabic" -> tagged(tags, shape, "第" + group + "组");
            default -> tagged(tags, shape, "第" + ChineseNumbers.of(group) + "组");
        };
    }

    private static String tagged(Tags tags, String shape, String text) {
        tags.add("addr", shape);
        return text;
    }

    /** Traditional characters part by part: the parts repeat, so their conversions are cached. */
    private String finish(List<String> parts, Dice dice, Tags tags) {
        boolean traditional = dice.chance(rates.addressTraditional());
        StringBuilder text = new StringBuilder(24);
        for (String part : parts) {
            text.append(traditional ? variants.traditional(part) : part);
        }
        String written = text.toString();
        if (traditional && !written.equals(String.join("", parts))) {
            tags.add("addr", "trad");
        }
        if (dice.chance(rates.addressFullWidth()) && written.chars().anyMatch(Character::isDigit)) {
            tags.add("addr", "fullwidth");
            written = TextVariants.fullWidth(written);
        }
        if (dice.chance(rates.addressSpace())) {
            tags.add("addr", "space");
            int at = text.length() > 4 ? dice.between(2, written.length() - 2) : 1;
            written = written.substring(0, at) + (dice.chance(0.25) ? TextVariants.IDEOGRAPHIC_SPACE : ' ')
                    + written.substring(at);
        }
        return written;
    }
}
