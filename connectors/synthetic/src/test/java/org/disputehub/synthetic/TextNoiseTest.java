package org.disputehub.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import net.sourceforge.pinyin4j.PinyinHelper;
import org.junit.jupiter.api.Test;

class TextNoiseTest {

    @Test
    void chineseNumeralsAsAddressesWriteThem() {
        assertThat(ChineseNumbers.of(3)).isEqualTo("三");
        assertThat(ChineseNumbers.of(12)).isEqualTo("十二");
        assertThat(ChineseNumbers.of(20)).isEqualTo("二十");
        assertThat(ChineseNumbers.of(35)).isEqualTo("三十五");
        assertThat(ChineseNumbers.of(105)).isEqualTo("一百零五");
        assertThat(ChineseNumbers.of(110)).isEqualTo("一百一十");
    }

    @Test
    void fullWidthAndTraditionalVariants() {
        assertThat(TextVariants.fullWidth("+86-139x")).isEqualTo("＋８６－１３９ｘ");
        assertThat(new TextVariants().traditionalName("张伟")).isEqualTo("張偉");
        assertThat(new TextVariants().traditional("青石镇建设村")).isEqualTo("青石鎮建設村");
    }

    @Test
    void homophonesReadTheSameButDiffer() {
        Homophones homophones = new Homophones();
        Dice dice = Dice.of(1, 2, 3);
        int changed = 0;
        for (int i = 0; i < 50; i++) {
            String typo = homophones.misspell("张伟", dice);
            assertThat(typo).hasSize(2);
            int at = typo.charAt(0) != '张' ? 0 : 1;
            if (!typo.equals("张伟")) {
                changed++;
                assertThat(typo.charAt(1 - at)).isEqualTo("张伟".charAt(1 - at));
                assertThat(PinyinHelper.toHanyuPinyinStringArray(typo.charAt(at))[0])
                        .isEqualTo(PinyinHelper.toHanyuPinyinStringArray("张伟".charAt(at))[0]);
            }
        }
        assertThat(changed).isEqualTo(50);
    }
}
