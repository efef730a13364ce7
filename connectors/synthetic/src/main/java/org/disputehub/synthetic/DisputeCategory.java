package org.disputehub.synthetic;

import org.disputehub.synthetic.AreaCatalog.Township;

/**
 * Kinds of dispute between persons (or a person and an organisation), with the police
 * incident type they are filed under and the unit that handles them.
 */
enum DisputeCategory {
    NEIGHBOUR("邻里纠纷", "纠纷", "邻里纠纷", Counterpart.NEIGHBOUR, 22),
    FAMILY("婚姻家庭", "纠纷", "家庭纠纷", Counterpart.HOUSEHOLD, 17),
    LABOUR("劳动争议", "纠纷", "劳资纠纷", Counterpart.EMPLOYER, 10),
    LAND("土地水事", "纠纷", "土地纠纷", Counterpart.NEIGHBOUR, 12),
    LOAN("金融借贷", "纠纷", "经济纠纷", Counterpart.ACQUAINTANCE, 7),
    PROPERTY("房产物业", "纠纷", "物业纠纷", Counterpart.LANDLORD_OR_COMPANY, 6),
    MEDICAL("医患纠纷", "纠纷", "医疗纠纷", Counterpart.HOSPITAL, 3),
    TRAFFIC("交通事故", "交通", "交通事故", Counterpart.ANYONE, 7),
    EXPROPRIATION("征地拆迁", "纠纷", "土地纠纷", Counterpart.DEVELOPER, 6);

    /** Who the complainant is up against. */
    enum Counterpart { NEIGHBOUR, HOUSEHOLD, ACQUAINTANCE, ANYONE, EMPLOYER, LANDLORD_OR_COMPANY, HOSPITAL, DEVELOPER }

    /** Police type and subtype of a dispute that turned into a fight. */
    static final String ESCALATION_TYPE = "治安";
    static final String ESCALATION_SUBTYPE = "殴打他人";

    private static final DisputeCategory[] ALL = values();
    private static final int[] WEIGHTS;

    static {
        WEIGHTS = new int[ALL.length];
        for (int i = 0; i < ALL.length; i++) {
            WEIGHTS[i] = ALL[i].weight;
        }
    }

    final String label;
    final String policeType;
    final String policeSubtype;
    final Counterpart counterpart;
    private final int weight;

    DisputeCategory(String label, String policeType, String policeSubtype, Counterpart counterpart, int weight) {
        this.label = label;
        this.policeType = policeType;
        this.policeSubtype = policeSubtype;
        this.counterpart = counterpart;
        this.weight = weight;
    }

    static DisputeCategory pick(Dice dice) {
        return ALL[dice.weighted(WEIGHTS)];
    }

    /** Groups of villagers petition together over land, wages and expropriation. */
    double groupPetitionShare() {
        return switch (this) {
            case EXPROPRIATION -> 0.75;
            case LAND -> 0.4;
            case LABOUR -> 0.45;
            default -> 0;
        };
    }

    /** Unit a hotline order or a petition is dispatched to. */
    String unit(Township township, String county) {
        return switch (this) {
            case NEIGHBOUR, LAND -> township.name() + "人民政府";
            case FAMILY -> township.name() + "妇联";
            case LOAN -> township.name() + "司法所";
            case LABOUR -> county + "人力资源和社会保障局";
            case PROPERTY -> county + "住房和城乡建设局";
            case MEDICAL -> county + "卫生健康局";
            case TRAFFIC -> county + "公安局交通警察大队";
            case EXPROPRIATION -> county + "自然资源局";
        };
    }
}
