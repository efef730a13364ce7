package org.disputehub.hub.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the hub. The token issuer, audience and (in production) the identity provider's key set are
 * Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}; these are the hub's own settings.
 *
 * @param keysDir       where the embedded default keeps the RSA key it signs and verifies local tokens with
 * @param rolesClaim    the claim listing a token's roles (dashboard, investigator, partner, admin)
 * @param agencyClaim   the claim naming a partner's agency
 * @param graphiqlOpen  GraphiQL's page served without a token (the demo); its requests still need one
 * @param partners      data-sharing agreements by agency
 */
@ConfigurationProperties("hub.security")
public record SecurityProperties(@DefaultValue("./data/keys") Path keysDir, @DefaultValue("roles") String rolesClaim,
        @DefaultValue("agency") String agencyClaim, @DefaultValue("false") boolean graphiqlOpen,
        Map<String, PartnerAgreement> partners) {

    public SecurityProperties {
        partners = partners == null ? Map.of() : Map.copyOf(partners);
    }

    /**
     * What one agency's agreement grants.
     *
     * @param queries     root fields it may ask (e.g. changes, case, dispute)
     * @param fullFields  personal fields it receives unmasked, as Type.field (e.g. Party.phone); others masked
     * @param documents   the GraphQL documents it may send, as resource patterns (e.g.
     *                    file:./partners/land-bureau/*.graphql); a request must be one of them, text for text
     */
    public record PartnerAgreement(List<String> queries, List<String> fullFields, List<String> documents) {

        public PartnerAgreement {
            queries = queries == null ? List.of() : List.copyOf(queries);
            fullFields = fullFields == null ? List.of() : List.copyOf(fullFields);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }
}
