package org.disputehub.hub.linking;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Personal names as operators write them: traditional or simplified characters, full-width letters, stray
 * spaces, homophone typos (compared by toneless pinyin), and callers who give only a surname and a title
 * ({@code 王女士}), which also tells their sex.
 */
public final class Names {

    /** Titles callers give instead of a given name, with the sex they tell (null: either). */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("女士", "F"), Map.entry("小姐", "F"), Map.entry("阿姨", "F"), Map.entry("大妈", "F"),
            Map.entry("大姐", "F"), Map.entry("奶奶", "F"), Map.entry("婆婆", "F"), Map.entry("大娘", "F"),
            Map.entry("先生", "M"), Map.entry("大爷", "M"), Map.entry("大哥", "M"), Map.entry("爷爷", "M"),
            Map.entry("大伯", "M"), Map.entry("师傅", ""), Map.entry("老师", ""), Map.entry("同志", ""));

    private static final Pattern TITLED = Pattern.compile("^(\\p{IsHan}{1,2}?)(" + String.join("|", TITLES.keySet())
            + ")$");

    /** Words written where a caller declined to give a name. */
    private static final Set<String> ANONYMOUS = Set.of("匿名", "无", "不详", "未知", "无名", "市民", "群众", "来电人",
            "报警人", "某某");

    private static final HanyuPinyinOutputFormat PINYIN = pinyinFormat();
    /** pinyin4j parses its table entry on every call; a name compares thousands of times. */
    private static final Map<Character, String> READINGS = new java.util.concurrent.ConcurrentHashMap<>();

    private Names() {
    }

    /** A name as written, read for comparison. */
    public record Name(String text, String surname, boolean titleOnly, String sex, String pinyin) {

        /** A full name (not a title, not anonymous). */
        public boolean full() {
            return text != null && !titleOnly;
        }
    }

    public static Name parse(String raw) {
        String text = normalise(raw);
        if (text == null || text.length() < 2 || ANONYMOUS.contains(text)) {
            return new Name(null, null, false, null, null);
        }
        Matcher titled = TITLED.matcher(text);
        if (titled.matches()) {
            String sex = TITLES.get(titled.group(2));
            return new Name(text, titled.group(1), true, sex.isEmpty() ? null : sex, pinyin(titled.group(1)));
        }
        return new Name(text, text.substring(0, 1), false, null, pinyin(text));
    }

    /** Half-width, simplified, without spaces or the dots some records put between name parts. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
        if (text.isEmpty()) {
            return null;
        }
        return ZhConverterUtil.toSimple(text);
    }

    /** Toneless pinyin of each character, so that homophone typos ({@code 张玮} for {@code 张伟}) compare equal. */
    public static String pinyin(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(READINGS.computeIfAbsent(c, Names::reading));
        }
        return out.toString();
    }

    /** The first (most common) reading of a character, or the character itself when it has none. */
    private static String reading(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, PINYIN);
            return readings == null || readings.length == 0 ? String.valueOf(c) : readings[0];
        }
        catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static HanyuPinyinOutputFormat pinyinFormat() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        return format;
    }
}
