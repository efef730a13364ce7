package org.disputehub.hub.linking;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Address text brought to one written form (simplified characters, half-width, no spaces), and the key of the
 * house it names: village, villager group and house number, however they were written ({@code 三组},
 * {@code 3组}, {@code 第三村民小组}; {@code 12号}, {@code 十二号}), with or without the township.
 */
public final class Addresses {

    private static final String NUMBER = "[0-9零〇一二两三四五六七八九十百]+";
    private static final Pattern GROUP = Pattern.compile("第?(" + NUMBER + ")(?:村民小组|村民组|小组|组|社)");
    /** The house number; some records drop the 号 at the end. */
    private static final Pattern HOUSE = Pattern.compile("(" + NUMBER + ")(?:号|$)");
    /** Everything up to the last county, township or street name, which a household key leaves out. */
    private static final Pattern ABOVE_VILLAGE = Pattern.compile("^.*(?:省|市|县|区|乡|镇|街道)");

    private Addresses() {
    }

    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return ZhConverterUtil.toSimple(halfWidth);
    }

    /**
     * The house an address names, or null when it names no villager group and house number.
     *
     * @param villageCode the village the address was resolved to, when known; it stands for the place names
     */
    public static String householdKey(String text, String villageCode) {
        String address = normalise(text);
        if (address == null) {
            return null;
        }
        Matcher group = GROUP.matcher(address);
        if (!group.find()) {
            return null;
        }
        Matcher house = HOUSE.matcher(address);
        if (!house.find(group.end())) {
            return null;
        }
        String village = villageCode != null ? villageCode
                : ABOVE_VILLAGE.matcher(address.substring(0, group.start())).replaceFirst("");
        if (village.isEmpty()) {
            return null;
        }
        return village + "/" + ChineseNumerals.parse(group.group(1)) + "/" + ChineseNumerals.parse(house.group(1));
    }
}
