package org.disputehub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void namesKeepTheirFirstAndLastCharacter() {
        assertThat(Masks.mask(PersonalKind.NAME, "张小伟")).isEqualTo("张*伟");
        assertThat(Masks.mask(PersonalKind.NAME, "张伟")).isEqualTo("张*");
        assertThat(Masks.mask(PersonalKind.NAME, "欧阳小明")).isEqualTo("欧**明");
        assertThat(Masks.mask(PersonalKind.NAME, "𠀀𠀁𠀂")).as("outside the BMP").isEqualTo("𠀀*𠀂");
    }

    @Test
    void idNumbersKeepRegionBirthMonthAndTheLastFour() {
        assertThat(Masks.mask(PersonalKind.ID_NUMBER, "991425198001011234")).isEqualTo("99142519******1234");
        assertThat(Masks.mask(PersonalKind.ID_NUMBER, "99661119780815700X")).isEqualTo("99661119******700X");
        assertThat(Masks.mask(PersonalKind.ID_NUMBER, "12345")).isEqualTo("***45");
    }

    @Test
    void phonesKeepTheirPrefixAndLastFour() {
        assertThat(Masks.mask(PersonalKind.PHONE, "13912345678")).isEqualTo("139****5678");
        assertThat(Masks.mask(PersonalKind.PHONE, "0991-2345678")).isEqualTo("099*****5678");
    }

    @Test
    void addressesAreCutAfterTheVillageOrElseTheTownship() {
        assertThat(Masks.mask(PersonalKind.ADDRESS, "石泉乡红星村三组12号")).isEqualTo("石泉乡红星村***");
        assertThat(Masks.mask(PersonalKind.ADDRESS, "城关镇解放路8号")).isEqualTo("城关镇***");
        assertThat(Masks.mask(PersonalKind.ADDRESS, "解放路8号")).isEqualTo("***");
    }

    @Test
    void searchMatchesAreMaskedByTheirShape() {
        assertThat(Masks.mask(PersonalKind.NAME_PHONE_OR_ID, "99661119780815700X")).isEqualTo("99661119******700X");
        assertThat(Masks.mask(PersonalKind.NAME_PHONE_OR_ID, "996611 19780815 700X")).isEqualTo("99661119******700X");
        assertThat(Masks.mask(PersonalKind.NAME_PHONE_OR_ID, "139 1234 5678")).isEqualTo("139****5678");
        assertThat(Masks.mask(PersonalKind.NAME_PHONE_OR_ID, "１３９１２３４５６７８")).isEqualTo("139****5678");
        assertThat(Masks.mask(PersonalKind.NAME_PHONE_OR_ID, "梁玉兰")).isEqualTo("梁*兰");
    }

    @Test
    void freeTextHasNoMaskedForm() {
        assertThat(Masks.mask(PersonalKind.FREE_TEXT, "梁玉兰称邻居打人")).isNull();
    }
}
