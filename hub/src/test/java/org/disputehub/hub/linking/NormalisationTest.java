package org.disputehub.hub.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The evidence readers: names, phones, ID numbers, house addresses and the other side named in a text. */
class NormalisationTest {

    @Test
    void namesCompareAcrossScriptsWidthSpacesAndHomophones() {
        assertThat(Names.parse(" 張 偉").text()).isEqualTo("张伟");
        assertThat(Names.parse("张玮").pinyin()).isEqualTo(Names.parse("张伟").pinyin());
        Names.Name titled = Names.parse("王女士");
        assertThat(titled.titleOnly()).isTrue();
        assertThat(titled.surname()).isEqualTo("王");
        assertThat(titled.sex()).isEqualTo("F");
        assertThat(Names.parse("匿名").text()).isNull();
    }

    @Test
    void phonesInAnyFormatGiveOneKey() {
        assertThat(Phones.parse("+86-139-1234-5678")).isEqualTo(Phones.parse("139 1234 5678"));
        assertThat(Phones.parse("１３９１２３４５６７８").key()).isEqualTo("m:13912345678");
        assertThat(Phones.parse("(0932)1234567")).isEqualTo(Phones.parse("1234567"));
        assertThat(Phones.parse("0932-1234567").mobile()).isFalse();
    }

    @Test
    void idNumbersValidMistypedAndOld() {
        assertThat(IdNumbers.normalise("99661119780815700x")).isEqualTo("99661119780815700X");
        assertThat(IdNumbers.normalise("996611510324289")).isEqualTo("996611195103242897");
        assertThat(IdNumbers.normalise("996611197880157 00X")).isNull();
        assertThat(IdNumbers.mistyped("996611197880157 00X")).isEqualTo("99661119788015700X");
        assertThat(IdNumbers.oneTypoApart("99661119788015700X", "99661119780815700X")).isTrue();
        assertThat(IdNumbers.oneTypoApart("99661119788015700X", "99661119780815711X")).isFalse();
        assertThat(IdNumbers.sex("99661119780815700X")).isEqualTo("F");
    }

    @Test
    void oneHouseWrittenThreeWays() {
        String key = Addresses.householdKey("石泉乡红星村三组12号", "996611102205");
        assertThat(Addresses.householdKey("红星村3组12号", "996611102205")).isEqualTo(key);
        assertThat(Addresses.householdKey("石泉乡红星村第三村民小组十二号", "996611102205")).isEqualTo(key);
        assertThat(Addresses.householdKey("紅星村３組１２號", null)).isEqualTo(Addresses.householdKey("红星村3组12号", null));
        assertThat(Addresses.householdKey("红星村村委会附近", "996611102205")).isNull();
        assertThat(ChineseNumerals.parse("二十四")).isEqualTo(24);
        assertThat(ChineseNumerals.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("一〇五")).isEqualTo(105);
    }

    @Test
    void theOtherSideIsReadFromTheText() {
        assertThat(Counterparties.in("来电人反映：与邻居贾坤因琐事发生口角。")).containsExactly("贾坤");
        assertThat(Counterparties.in("报警人称邻居梁艳英家养狗夜间吠叫扰民。")).containsExactly("梁艳英");
        assertThat(Counterparties.in("来电人反映：与配偶孙 明因家庭琐事发生争吵")).containsExactly("孙明");
        assertThat(Counterparties.in("被馮慶驾驶的车辆刮擦")).containsExactly("冯庆");
        assertThat(Counterparties.in("信访人反映医保报销比例与政策不符。")).isEmpty();
    }
}
