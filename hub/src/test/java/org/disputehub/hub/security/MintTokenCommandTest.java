package org.disputehub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The README's mint command: a key created on first use, and tokens the hub's verification accepts. */
class MintTokenCommandTest {

    @TempDir
    Path keys;

    @Test
    void mintsATokenSignedWithTheKeyItCreates() throws Exception {
        String token = MintTokenCommand.mint(List.of("partner", "--agency", "land-bureau", "--subject", "li.ming",
                "--keys", keys.toString()));

        LocalSigningKey key = LocalSigningKey.loadOrCreate(keys);
        Jwt jwt = NimbusJwtDecoder.withPublicKey(key.publicKey()).build().decode(token);
        assertThat(jwt.getSubject()).isEqualTo("li.ming");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(MintTokenCommand.DEFAULT_ISSUER);
        assertThat(jwt.getAudience()).containsExactly(MintTokenCommand.DEFAULT_AUDIENCE);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("partner");
        assertThat(jwt.getClaimAsString("agency")).isEqualTo("land-bureau");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(LocalSigningKey.FILE_NAME))))
            .as("readable by its owner only").isEqualTo("rw-------");
    }

    @Test
    void theKeyIsKeptAcrossRuns() {
        LocalSigningKey first = LocalSigningKey.loadOrCreate(keys);
        LocalSigningKey second = LocalSigningKey.loadOrCreate(keys);
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
    }

    @Test
    void refusesUnknownRolesAndPartnersWithoutAgency() {
        assertThatThrownBy(() -> MintTokenCommand.mint(List.of("superuser", "--keys", keys.toString())))
            .hasMessage("Unknown role: superuser");
        assertThatThrownBy(() -> MintTokenCommand.mint(List.of("partner", "--keys", keys.toString())))
            .hasMessageContaining("--agency");
    }
}
