package org.disputehub.synthetic;

import org.disputehub.synthetic.AreaCatalog.Township;

/** Companies, hospitals and offices that disputes are raised against (they are no persons). */
final class Organisations {

    private static final String[] TRADE_NAMES = {
        "福源", "安泰", "嘉禾", "长青", "聚丰", "明达", "远航", "润泽", "天成", "众鑫", "德隆", "新城"};
    private static final String[] EMPLOYER_KINDS = {
        "劳务有限公司", "建筑工程有限公司", "农业专业合作社", "建材厂", "食品加工厂", "运输有限公司"};

    private final String county;

    Organisations(String county) {
        this.county = county;
    }

    private String prefix() {
        return county.substring(0, county.length() - 1);
    }

    String employer(Dice dice) {
        return prefix() + dice.pick(TRADE_NAMES) + dice.pick(EMPLOYER_KINDS);
    }

    String propertyCompany(Dice dice) {
        return prefix() + dice.pick(TRADE_NAMES) + "物业管理有限公司";
    }

    String developerOrGovernment(Township township, Dice dice) {
        return dice.chance(0.6) ? prefix() + dice.pick(TRADE_NAMES) + "置业有限公司" : township.name() + "人民政府";
    }

    String hospital(Township township, Dice dice) {
        return switch (dice.below(4)) {
            case 0 -> county + "人民医院";
            case 1 -> county + "中医院";
            default -> township.name() + "卫生院";
        };
    }
}
