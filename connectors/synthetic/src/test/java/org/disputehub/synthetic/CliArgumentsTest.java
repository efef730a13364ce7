package org.disputehub.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CliArgumentsTest {

    @Test
    void flagsBecomeOptions() {
        CliArguments.Parsed parsed = CliArguments.parse("--out", "/tmp/x", "--records", "5000", "--seed", "7",
                "--start", "2026-03-01", "--days", "90", "--hard", "--bad-rate", "0.02", "--police-sql");
        GeneratorOptions options = parsed.options();
        assertThat(parsed.out()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.records()).isEqualTo(5000);
        assertThat(options.persons()).isEqualTo(6350);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(options.end()).isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(options.hard()).isTrue();
        assertThat(options.badRate()).isEqualTo(0.02);
        assertThat(options.policeSql()).isTrue();
    }

    @Test
    void personsAloneSetTheSize() {
        GeneratorOptions options = CliArguments.parse("--out", "x", "--persons", "1270").options();
        assertThat(options.records()).isEqualTo(1000);
        assertThat(options.hard()).isFalse();
    }

    @Test
    void mistakesAreReported() {
        assertThatThrownBy(() -> CliArguments.parse("--records", "10")).hasMessageContaining("--out");
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--days")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CliArguments.parse("--out", "x", "--bogus")).hasMessageContaining("unknown option");
        assertThat(CliArguments.parse("--help").help()).isTrue();
    }
}
