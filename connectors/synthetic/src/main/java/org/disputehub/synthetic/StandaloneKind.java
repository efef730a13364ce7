package org.disputehub.synthetic;

/**
 * Records that belong to no planned dispute: inquiries and suggestions (no dispute at all),
 * help requests, thefts, fraud, pollution complaints (each its own one-record matter).
 * Texts use {V} for a village, {T} for a township, {N} for an amount.
 */
enum StandaloneKind {
    HOTLINE_POLLUTION(Source.HOTLINE, "投诉", "环境保护", true, "生态环境分局", 9,
            "来电人反映{V}附近养殖场异味扰民。", "来电人反映{V}河道有人倾倒垃圾。", "来电人反映{V}附近石料厂粉尘污染。",
            "来电人反映{V}附近砖厂夜间生产噪音大。"),
    HOTLINE_POLLUTION_REPORT(Source.HOTLINE, "举报", "环境保护", true, "生态环境分局", 3,
            "来电人举报{V}有人焚烧秸秆。", "来电人举报{V}河道非法采砂。"),
    HOTLINE_MARKET(Source.HOTLINE, "投诉", "市场监管", true, "市场监督管理局", 3,
            "来电人反映在{T}集市购买的化肥质量有问题。", "来电人反映{T}一超市销售过期食品。"),
    HOTLINE_HEALTH(Source.HOTLINE, "求助", "医疗卫生", true, "卫生健康局", 3,
            "来电人家中老人行动不便，请求协助办理慢性病卡。", "来电人反映{T}卫生院夜间无人值班，请求协调。"),
    HOTLINE_UTILITIES(Source.HOTLINE, "求助", "市政设施", true, "住房和城乡建设局", 9,
            "来电人反映{V}路灯损坏，请求维修。", "来电人反映{V}自来水停水两天，请求尽快恢复。",
            "来电人反映{V}通组道路塌陷，请求修复。"),
    HOTLINE_POLICY(Source.HOTLINE, "咨询", "政策咨询", false, "政务服务中心", 11,
            "来电人咨询新生儿落户办理流程。", "来电人咨询农村危房改造补助申请条件。", "来电人咨询养老保险补缴政策。",
            "来电人咨询城乡居民医疗保险缴费标准。", "来电人咨询农村宅基地审批流程。"),
    HOTLINE_WELFARE(Source.HOTLINE, "咨询", "社会保障", false, "人力资源和社会保障局", 5,
            "来电人咨询低保申请条件。", "来电人咨询残疾人两项补贴办理。", "来电人咨询高龄津贴领取条件。"),
    HOTLINE_SUGGESTION(Source.HOTLINE, "建议", "城乡建设", false, "住房和城乡建设局", 5,
            "来电人建议在{V}村口增设路灯。", "来电人建议修缮{V}通组道路。", "来电人建议在{V}增设垃圾收集点。"),

    POLICE_MISSING(Source.POLICE, "求助", "走失求助", true, "其他", 5,
            "报警人称家中老人外出未归，请求协助寻找。", "报警人称孩子放学后未回家，请求协助寻找。"),
    POLICE_LOCKED_OUT(Source.POLICE, "求助", "开锁求助", true, "其他", 3,
            "报警人称钥匙遗失被锁门外，请求协助。"),
    POLICE_RESCUE(Source.POLICE, "求助", "救助", true, "其他", 3,
            "报警人称家人突发疾病，请求协助送医。"),
    POLICE_LOST(Source.POLICE, "求助", "物品遗失", true, "其他", 4,
            "报警人称在{T}集市遗失手机。", "报警人称在{T}车站遗失钱包。"),
    POLICE_THEFT(Source.POLICE, "治安", "盗窃", true, "治安处罚", 4,
            "报警人称停放在家门口的电动车被盗。", "报警人称家中养殖的鸡鸭被盗。"),
    POLICE_FRAUD(Source.POLICE, "治安", "诈骗", true, "立案侦查", 3,
            "报警人称接到冒充客服的电话被骗{N}元。", "报警人称网购时被骗{N}元。"),
    POLICE_BURGLARY(Source.POLICE, "刑事", "入室盗窃", true, "立案侦查", 2,
            "报警人称家中被盗现金{N}元。"),
    POLICE_TRAFFIC(Source.POLICE, "交通", "交通事故", true, "其他", 3,
            "报警人称驾驶电动车与一辆小轿车发生碰撞，对方驾车离开。"),
    POLICE_NOISE(Source.POLICE, "其他", "噪音扰民", true, "其他", 2,
            "报警人称附近有人深夜燃放烟花扰民。", "报警人称附近广场舞音响声音过大。"),
    POLICE_ANIMAL(Source.POLICE, "其他", "动物伤人", true, "其他", 2,
            "报警人称被流浪狗咬伤。"),

    PETITION_HEALTH(Source.PETITION, null, "医疗卫生", true, "卫生健康局", 4,
            "信访人反映医保报销比例与政策不符。"),
    PETITION_HOUSING(Source.PETITION, null, "城乡建设", true, "住房和城乡建设局", 3,
            "信访人反映危房改造补助未按时发放。"),
    PETITION_POLICY(Source.PETITION, null, "政策咨询", true, "政务服务中心", 3,
            "信访人询问退役军人优待金发放标准。"),
    PETITION_WELFARE(Source.PETITION, null, "社会保障", true, "人力资源和社会保障局", 3,
            "信访人反映低保评定不公，要求重新评定。", "信访人反映高龄补贴停发。");

    private static final StandaloneKind[] ALL = values();
    private static final int[] WEIGHTS;

    static {
        WEIGHTS = new int[ALL.length];
        for (int i = 0; i < ALL.length; i++) {
            WEIGHTS[i] = ALL[i].weight;
        }
    }

    final Source source;
    /** Hotline appeal type or police incident type; null for petitions. */
    final String type;
    /** Hotline and petition category, police subtype. */
    final String category;
    /** false: a pure inquiry or suggestion, not even a one-record matter. */
    final boolean matter;
    /** County bureau (hotline, petition) or police outcome. */
    final String handler;
    private final int weight;
    private final String[] texts;

    StandaloneKind(Source source, String type, String category, boolean matter, String handler, int weight,
                   String... texts) {
        this.source = source;
        this.type = type;
        this.category = category;
        this.matter = matter;
        this.handler = handler;
        this.weight = weight;
        this.texts = texts;
    }

    static StandaloneKind pick(Dice dice) {
        return ALL[dice.weighted(WEIGHTS)];
    }

    static StandaloneKind pick(Source source, Dice dice) {
        StandaloneKind kind;
        do {
            kind = pick(dice);
        } while (kind.source != source);
        return kind;
    }

    String text(String village, String township, Dice dice) {
        return dice.pick(texts).replace("{V}", village).replace("{T}", township)
                .replace("{N}", Integer.toString(dice.between(5, 200) * 100));
    }

    /** A quick answer closes inquiries; everything else goes the whole way. */
    boolean inquiry() {
        return !matter;
    }
}
