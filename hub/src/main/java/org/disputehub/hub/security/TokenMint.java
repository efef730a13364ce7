package org.disputehub.hub.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Signs tokens with the embedded default's local key, as an identity provider would in production. */
public final class TokenMint {

    private final NimbusJwtEncoder encoder;
    private final String keyId;
    private final String issuer;
    private final List<String> audiences;

    public TokenMint(LocalSigningKey key, String issuer, List<String> audiences) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key.signingKey())));
        this.keyId = key.signingKey().getKeyID();
        this.issuer = issuer;
        this.audiences = List.copyOf(audiences);
    }

    /**
     * A token for {@code subject} with {@code roles}, valid for {@code lifetime}.
     *
     * @param agency the partner's agency; null for other roles
     */
    public String mint(String subject, List<Role> roles, String agency, Duration lifetime) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
            .issuer(issuer)
            .audience(audiences)
            .subject(subject)
            .issuedAt(now)
            .expiresAt(now.plus(lifetime))
            .claim("roles", roles.stream().map(Role::claim).toList());
        if (agency != null) {
            claims.claim("agency", agency);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
