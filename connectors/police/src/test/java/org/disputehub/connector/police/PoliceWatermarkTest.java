package org.disputehub.connector.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class PoliceWatermarkTest {

    @Test
    void encodesTheLocalTimeWithItsOffsetAndTheIncidentNumber() {
        var watermark = new PoliceWatermark(LocalDateTime.parse("2026-03-15T09:12:00"), "JQ20260315000877");

        assertThat(watermark.encode()).isEqualTo("2026-03-15T09:12:00+08:00|JQ20260315000877");
        assertThat(PoliceWatermark.parse(watermark.encode())).isEqualTo(watermark);
    }

    @Test
    void keepsFractionsOfASecondSoNoRowIsReadTwiceOrSkipped() {
        var watermark = new PoliceWatermark(LocalDateTime.parse("2026-03-15T09:12:33.123456"), "JQ1");

        assertThat(PoliceWatermark.parse(watermark.encode())).isEqualTo(watermark);
    }

    @Test
    void readsATimeGivenInAnotherOffsetAsLocalTime() {
        assertThat(PoliceWatermark.parse("2026-03-15T01:12:33Z|JQ1").updatedAt())
            .isEqualTo(LocalDateTime.parse("2026-03-15T09:12:33"));
    }

    @Test
    void refusesSomethingElse() {
        assertThatThrownBy(() -> PoliceWatermark.parse("2026-03-15")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoliceWatermark.parse("yesterday|JQ1"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
