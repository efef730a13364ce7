package org.disputehub.hub.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How tokens are verified: signed RS256 by the identity provider's key set when
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} is set, else by the local key; in both cases
 * unexpired, from the configured issuer and for one of the configured audiences. Unsigned ({@code alg: none})
 * and HMAC tokens are refused by the algorithm being fixed.
 */
@Configuration(proxyBeanMethods = false)
class TokenVerification {

    static final String NO_IDENTITY_PROVIDER = "'${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}'.isEmpty()";

    @Bean
    @ConditionalOnExpression(NO_IDENTITY_PROVIDER)
    LocalSigningKey localSigningKey(SecurityProperties properties) {
        return LocalSigningKey.loadOrCreate(properties.keysDir());
    }

    @Bean
    @ConditionalOnExpression(NO_IDENTITY_PROVIDER)
    TokenMint tokenMint(LocalSigningKey key, OAuth2ResourceServerProperties resourceServer) {
        return new TokenMint(key, issuer(resourceServer.getJwt()), resourceServer.getJwt().getAudiences());
    }

    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, ObjectProvider<LocalSigningKey> localKey) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        NimbusJwtDecoder decoder = jwt.getJwkSetUri() != null && !jwt.getJwkSetUri().isBlank()
                ? NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build()
                : NimbusJwtDecoder.withPublicKey(localKey.getObject().publicKey())
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtIssuerValidator(issuer(jwt)));
        if (jwt.getAudiences().isEmpty()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.audiences is empty: tokens "
                    + "meant for other services would be accepted");
        }
        jwt.getAudiences().forEach(audience -> validators.add(new JwtAudienceValidator(audience)));
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
        return decoder;
    }

    private static String issuer(OAuth2ResourceServerProperties.Jwt jwt) {
        if (jwt.getIssuerUri() == null || jwt.getIssuerUri().isBlank()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.issuer-uri is not set");
        }
        return jwt.getIssuerUri();
    }
}
