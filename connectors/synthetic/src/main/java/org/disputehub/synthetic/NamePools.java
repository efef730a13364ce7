package org.disputehub.synthetic;

/**
 * Surnames and given-name characters. Surnames repeat in proportion to how common they are, so
 * that namesakes and shared surnames in a village happen as often as in real rural counties.
 */
final class NamePools {

    /** Weight class 5 (most common) down to 1. */
    private static final String[] SURNAMES_BY_WEIGHT = {
        "王李张刘陈",
        "杨黄赵吴周徐孙马朱胡",
        "郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董",
        "袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹",
        "薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
    };

    static final String MALE_GIVEN =
        "伟强军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林峰磊洋亮成国建文志海东春德荣兴福贵生庆宏金永新"
        + "武祥进发义彬山仁利清飞彪富顺昌胜学祖锋雷锦鸿毅晨松柏涵诚江坤峻翔振维朝晖家瑞航";

    static final String FEMALE_GIVEN =
        "芳娜敏静丽艳娟霞秀英玲桂兰萍红梅燕琳莉雪倩婷慧颖洁丹云凤琴蓉芬玉珍月晓欣怡雯巧美惠淑菊香莹琼佳瑶薇"
        + "爱妹翠霏嘉宁颖露萱璐菲珊岚欢悦璇";

    private static final String SURNAMES;

    static {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < SURNAMES_BY_WEIGHT.length; i++) {
            int weight = 1 << (SURNAMES_BY_WEIGHT.length - 1 - i);
            for (int w = 0; w < weight; w++) {
                all.append(SURNAMES_BY_WEIGHT[i]);
            }
        }
        SURNAMES = all.toString();
    }

    private NamePools() {
    }

    static char surname(Dice dice) {
        return dice.pick(SURNAMES);
    }

    static String givenChars(boolean male) {
        return male ? MALE_GIVEN : FEMALE_GIVEN;
    }

    /** Every character a name may contain, for the homophone index. */
    static String allNameChars() {
        return String.join("", SURNAMES_BY_WEIGHT) + MALE_GIVEN + FEMALE_GIVEN;
    }
}
