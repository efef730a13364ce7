package org.disputehub.hub.security;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every endpoint but health needs a bearer token with one of the hub's roles; see README "Roles, tokens and
 * audit". Stateless: no session, no cookie, hence no CSRF to defend against. Only in a web application: a
 * context without a web server (a benchmark, a command) has no HTTP to secure.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String[] ROLES = Arrays.stream(Role.values()).map(Role::claim).toArray(String[]::new);

    /** The demo's hotline simulator checks its own bearer token, the one the hotline connector sends. */
    @Bean
    @Order(1)
    @ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
    SecurityFilterChain demoSources(HttpSecurity http) {
        return stateless(http.securityMatcher("/demo/**"))
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties) {
        return stateless(http)
            .authorizeHttpRequests(requests -> {
                requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
                if (properties.graphiqlOpen()) {
                    requests.requestMatchers("/graphiql", "/graphiql/**").permitAll();
                }
                requests.requestMatchers("/export/links").hasRole(Role.ADMIN.claim());
                requests.requestMatchers("/export/ledger")
                    .hasAnyRole(Role.DASHBOARD.claim(), Role.INVESTIGATOR.claim(), Role.ADMIN.claim());
                requests.anyRequest().hasAnyRole(ROLES);
            })
            .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles(properties))))
            .addFilterAfter(new CallerFilter(properties.agencyClaim()), BearerTokenAuthenticationFilter.class)
            .build();
    }

    private static HttpSecurity stateless(HttpSecurity http) {
        return http.csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable());
    }

    /** The roles claim's values become ROLE_dashboard, ROLE_investigator, … */
    private static JwtAuthenticationConverter roles(SecurityProperties properties) {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(properties.rolesClaim());
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
