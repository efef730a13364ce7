package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Typos an operator makes by ear: a character swapped for another one read the same way
 * (伟 -> 玮), found with pinyin4j among characters that occur in names.
 */
final class Homophones {

    /** Name-like characters beyond the pools, so that most pool characters have a partner. */
    private static final String EXTRA =
        "玮炜维薇卫蔚巍威微纬苇娓尉渭魏慰为唯惟韦违帏围嵬"
        + "丽莉俐俪立利力历励荔"
        + "华桦骅铧哗滑化画话"
        + "强蔷墙樯"
        + "军钧君均筠俊峻骏浚竣"
        + "勇涌咏泳永甬蛹"
        + "杰洁捷婕杰节"
        + "涛韬滔焘陶桃萄淘"
        + "明鸣铭名茗冥"
        + "超朝潮巢晁"
        + "刚钢纲岗港"
        + "平萍苹坪评屏凭"
        + "辉晖徽挥灰慧惠蕙卉绘汇"
        + "鹏朋彭澎蓬棚"
        + "飞菲霏斐非妃"
        + "鑫欣馨新昕心芯辛忻"
        + "波博柏勃泊伯"
        + "斌彬宾滨缤"
        + "宇雨羽语玉钰煜裕毓昱"
        + "浩昊皓颢灏好"
        + "凯恺铠楷锴"
        + "健建剑见鉴舰"
        + "宁凝柠咛"
        + "龙隆珑泷笼"
        + "林琳霖淋麟临邻"
        + "峰锋枫丰封蜂疯烽"
        + "磊蕾雷垒"
        + "洋阳杨扬旸炀"
        + "亮谅靓量"
        + "成诚城承丞程澄呈"
        + "国帼果"
        + "文雯闻纹汶"
        + "志智治致至稚"
        + "海亥"
        + "东冬栋"
        + "春纯淳椿"
        + "德得"
        + "荣容蓉榕溶熔融"
        + "兴星幸杏馨"
        + "福富甫芙符"
        + "贵桂"
        + "生升声胜笙"
        + "庆青清卿晴倾"
        + "宏红洪鸿虹弘泓"
        + "金今锦瑾谨"
        + "芳方舫坊"
        + "娜那"
        + "敏民旻珉闽"
        + "静靖婧敬竞境镜"
        + "艳燕彦雁焰砚"
        + "娟鹃涓卷"
        + "霞侠峡"
        + "秀绣袖"
        + "英莹瑛樱鹰缨"
        + "玲铃龄伶翎羚灵凌"
        + "兰岚蓝澜"
        + "梅玫媚眉"
        + "雪薛"
        + "倩茜"
        + "婷亭廷庭霆"
        + "颖影"
        + "丹单"
        + "云芸耘昀"
        + "凤奉"
        + "琴勤芹"
        + "芬纷"
        + "珍贞桢真"
        + "月悦越跃钥"
        + "晓小筱"
        + "怡仪宜"
        + "美梅"
        + "佳家嘉"
        + "瑶遥尧"
        + "张章彰"
        + "黄皇凰煌"
        + "吴武伍"
        + "周舟州洲"
        + "徐许"
        + "孙荪"
        + "马玛"
        + "朱珠诸"
        + "胡湖"
        + "郭国"
        + "何和"
        + "高郜"
        + "陈晨辰";

    private final Map<Character, List<Character>> partners = new HashMap<>();

    Homophones() {
        Set<Character> candidates = new LinkedHashSet<>();
        for (char c : (NamePools.allNameChars() + EXTRA).toCharArray()) {
            candidates.add(c);
        }
        Map<String, List<Character>> byReading = new HashMap<>();
        for (char c : candidates) {
            String reading = reading(c);
            if (reading != null) {
                byReading.computeIfAbsent(reading, k -> new ArrayList<>()).add(c);
            }
        }
        for (char c : candidates) {
            String reading = reading(c);
            if (reading == null) {
                continue;
            }
            List<Character> same = new ArrayList<>(byReading.get(reading));
            same.remove(Character.valueOf(c));
            if (!same.isEmpty()) {
                partners.put(c, List.copyOf(same));
            }
        }
    }

    /** First reading with tone, e.g. 伟 -> wei3; null for characters pinyin4j does not know. */
    private static String reading(char c) {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
        return readings == null || readings.length == 0 ? null : readings[0];
    }

    /**
     * The name with one character of the given name (or, rarely, the surname) replaced by a
     * homophone; the name itself when none of its characters has one.
     */
    String misspell(String name, Dice dice) {
        int start = name.length() > 1 && !dice.chance(0.15) ? 1 : 0;
        List<Integer> positions = new ArrayList<>();
        for (int i = start; i < name.length(); i++) {
            if (partners.containsKey(name.charAt(i))) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return name;
        }
        int at = dice.pick(positions);
        char replacement = dice.pick(partners.get(name.charAt(at)));
        return name.substring(0, at) + replacement + name.substring(at + 1);
    }
}
