package org.disputehub.hub.linking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the other side as a case's text gives them: {@code 与邻居贾坤因…}, {@code 被张三驾驶的车辆…},
 * {@code 配偶袁慧荣…}. Hotline orders name only the caller as a party, so the other side of a quarrel is
 * known from the operator's summary alone.
 */
public final class Counterparties {

    private static final String RELATION = "(?:邻居|配偶|家人|丈夫|妻子|前夫|前妻|儿子|女儿|儿媳|女婿|父亲|母亲|哥哥|弟弟|姐姐|妹妹"
            + "|兄弟|亲戚|包工头|老板|雇主|房东|租户|楼上住户|楼下住户|住户|村民|同村村民)";
    private static final String NAME = "(\\p{IsHan}{2,3}?)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?:与|和|跟|同|被|为|跟随|向)" + RELATION + "?" + NAME
                    + "(?=因|发生|驾驶|家|做工|务工|之间|借款|占用|拖欠|欠|产生|存在|的)"),
            Pattern.compile(RELATION + NAME + "(?=家|新建|在|占用|借款|因|发生|拖欠|欠|多次|经常|长期)"),
            Pattern.compile("(?:反映|称)[:：]?" + NAME + "(?=借款|占用|拖欠|欠)"));

    /** Words the patterns can catch that are not anyone's name. */
    private static final Set<String> NOT_NAMES = Set.of("对方", "他人", "本人", "家人", "邻居", "配偶", "村里", "村委",
            "有关", "相关", "多人", "几人", "家中", "住户", "老板");

    private Counterparties() {
    }

    /** Names found in the text, simplified and without spaces; empty when it names nobody. */
    public static Set<String> in(String text) {
        String normalised = Names.normalise(text);
        Set<String> names = new LinkedHashSet<>();
        if (normalised == null) {
            return names;
        }
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(normalised);
            while (matcher.find()) {
                if (!NOT_NAMES.contains(matcher.group(1))) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }
}
