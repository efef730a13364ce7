package org.disputehub.synthetic;

/**
 * What a dispute is about, from the complainant's side. {B} is the other party (a person's name
 * or an organisation), {R} the family relation, {N} an amount of money.
 */
final class IssueTemplates {

    private static final String[] NEIGHBOUR = {
        "与邻居{B}因琐事发生口角",
        "因宅基地边界问题与邻居{B}发生争执",
        "邻居{B}在房前屋后堆放杂物堵塞通道",
        "与邻居{B}因排水沟改道引发纠纷",
        "邻居{B}家养狗夜间吠叫扰民",
        "邻居{B}新建房屋遮挡采光",
        "邻居{B}修建围墙占用公共通道",
        "与邻居{B}因共用院墙维修费用发生争执",
    };
    private static final String[] SPOUSE = {
        "与配偶{B}因家庭琐事发生争吵，对方有打骂行为",
        "与配偶{B}因离婚财产分割产生矛盾",
        "与配偶{B}因子女抚养问题争执不下",
        "与配偶{B}因彩礼返还问题发生纠纷",
    };
    private static final String[] FAMILY = {
        "与家人{B}因赡养老人问题发生纠纷",
        "与家人{B}因家庭财产分配产生矛盾",
        "与家人{B}因分户建房问题争执",
        "与家人{B}因家庭琐事发生争吵，对方有打骂行为",
    };
    private static final String[] LABOUR_PERSON = {
        "为{B}做工，被拖欠工钱{N}元",
        "与包工头{B}因工钱结算发生纠纷",
    };
    private static final String[] LABOUR_ORG = {
        "在{B}务工，被拖欠工资{N}元",
        "{B}未签劳动合同且拖欠工资{N}元",
        "与{B}因工伤赔偿问题发生纠纷",
        "{B}无故解除劳动关系，拒不支付经济补偿",
    };
    private static final String[] LAND = {
        "与{B}因承包地边界发生争议",
        "与{B}因灌溉用水分配产生纠纷",
        "与{B}因山林权属发生争议",
        "{B}占用本户责任田不归还",
        "与{B}因土地流转租金发生纠纷",
    };
    private static final String[] LOAN = {
        "{B}借款{N}元逾期不还",
        "与{B}因民间借贷发生纠纷，对方拒不还款",
        "为{B}担保借款后被要求代为还款{N}元",
    };
    private static final String[] PROPERTY_PERSON = {
        "与{B}因房屋租赁押金退还发生纠纷",
        "楼上住户{B}家漏水影响本户",
        "与{B}因房屋买卖合同发生纠纷",
    };
    private static final String[] PROPERTY_ORG = {
        "{B}物业服务不到位、收费不合理",
        "{B}小区电梯长期故障无人维修",
        "{B}违规停水停电",
    };
    private static final String[] MEDICAL = {
        "在{B}就医后病情加重，对诊疗结果有异议",
        "对{B}收取的医疗费用有异议",
        "在{B}手术后出现并发症，要求院方说明情况",
    };
    private static final String[] TRAFFIC = {
        "被{B}驾驶的车辆刮擦，对方拒绝赔偿",
        "与{B}发生交通事故，赔偿问题协商未果",
        "与{B}驾驶的三轮车相撞，医药费承担有争议",
    };
    private static final String[] EXPROPRIATION = {
        "{B}拆迁安置未落实",
        "对{B}征地补偿标准有异议",
        "征地补偿款未足额发放，涉及多户村民，责任方{B}",
    };

    private IssueTemplates() {
    }

    /** @param spouse for family disputes: between spouses rather than other relatives */
    static String[] of(DisputeCategory category, boolean againstOrganisation, boolean spouse) {
        return switch (category) {
            case NEIGHBOUR -> NEIGHBOUR;
            case FAMILY -> spouse ? SPOUSE : FAMILY;
            case LABOUR -> againstOrganisation ? LABOUR_ORG : LABOUR_PERSON;
            case LAND -> LAND;
            case LOAN -> LOAN;
            case PROPERTY -> againstOrganisation ? PROPERTY_ORG : PROPERTY_PERSON;
            case MEDICAL -> MEDICAL;
            case TRAFFIC -> TRAFFIC;
            case EXPROPRIATION -> EXPROPRIATION;
        };
    }

    static String fill(String template, String other, int amount) {
        return template.replace("{B}", other).replace("{N}", Integer.toString(amount));
    }

    /** How the other side (or a record that keeps it short) puts the same matter. */
    static String generic(DisputeCategory category, String other) {
        return "与" + other + "因" + category.label + "问题发生争执";
    }

    static String escalation(DisputeCategory category, String other) {
        return other == null
                ? "因" + category.label + "再次与对方发生冲突，被对方推搡殴打"
                : "因" + category.label + "问题再次与" + other + "发生冲突，被对方推搡殴打";
    }
}
