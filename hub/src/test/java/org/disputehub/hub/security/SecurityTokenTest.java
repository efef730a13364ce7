package org.disputehub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every endpoint but health needs a good token: each way a token can be bad, and the roles' doors. */
@HubTest
class SecurityTokenTest {

    private static final String ISSUER = "https://dispute-hub.local";
    private static final String AUDIENCE = "dispute-hub";
    private static final String AGGREGATE = "{\"query\":\"{ ingestStatus { source } }\"}";

    @Autowired
    TestGraph graph;

    @Autowired
    LocalSigningKey key;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsOpenAndEverythingElseNeedsAToken() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(post(null, null).statusCode()).isEqualTo(401);
        assertThat(get("/graphiql", null).statusCode()).as("GraphiQL outside the demo").isEqualTo(401);
        assertThat(get("/export/ledger?from=2026-03-01&before=2026-04-01", null).statusCode()).isEqualTo(401);
        assertThat(get("/export/links", null).statusCode()).isEqualTo(401);
        assertThat(post(graph.token(null, Role.DASHBOARD), null).statusCode()).isEqualTo(200);
    }

    @Test
    void expiredTokensAreRefused() throws Exception {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claims()).issueTime(Date.from(hourAgo))
            .expirationTime(Date.from(hourAgo.plusSeconds(600))).build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(key.signingKey().getKeyID()).build(), expired);
        token.sign(new RSASSASigner(key.signingKey()));
        assertRefused(token.serialize(), "expired");
        // The same token, unexpired, passes: it is the time that is refused.
        SignedJWT fresh = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims());
        fresh.sign(new RSASSASigner(key.signingKey()));
        assertThat(post(fresh.serialize(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void tokensOfAnotherIssuerOrForAnotherAudienceAreRefused() throws Exception {
        assertRefused(new TokenMint(key, "https://elsewhere.example", List.of(AUDIENCE))
            .mint("x", List.of(Role.ADMIN), null, Duration.ofHours(1)), "wrong issuer");
        assertRefused(new TokenMint(key, ISSUER, List.of("another-service"))
            .mint("x", List.of(Role.ADMIN), null, Duration.ofHours(1)), "wrong audience");
    }

    @Test
    void tokensSignedWithAnotherKeyAreRefused() throws Exception {
        Path elsewhere = Files.createTempDirectory("other-key");
        try {
            LocalSigningKey other = LocalSigningKey.loadOrCreate(elsewhere);
            assertRefused(new TokenMint(other, ISSUER, List.of(AUDIENCE))
                .mint("x", List.of(Role.ADMIN), null, Duration.ofHours(1)), "bad signature");
        }
        finally {
            try (var files = Files.list(elsewhere)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(elsewhere);
        }
    }

    @Test
    void unsignedAndHmacTokensAreRefused() throws Exception {
        assertRefused(new PlainJWT(claims()).serialize(), "alg none");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
        hmac.sign(new MACSigner("a shared secret of at least 256 bits, not ours".getBytes()));
        assertRefused(hmac.serialize(), "HS256");
        assertRefused("not.a.token", "garbage");
    }

    @Test
    void aValidTokenWithoutARoleIsForbidden() throws Exception {
        String noRole = new TokenMint(key, ISSUER, List.of(AUDIENCE)).mint("nobody", List.of(), null,
                Duration.ofHours(1));
        assertThat(post(noRole, null).statusCode()).isEqualTo(403);
    }

    @Test
    void investigatorsStateAPurposeOnEachRequest() throws Exception {
        String investigator = graph.token(null, Role.INVESTIGATOR);
        HttpResponse<String> without = post(investigator, null);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("X-Purpose");
        assertThat(post(investigator, "x".repeat(101)).statusCode()).isEqualTo(403);
        assertThat(post(investigator, "JQ2026031500001").statusCode()).isEqualTo(200);
    }

    @Test
    void exportsAreOpenToTheirRolesOnly() throws Exception {
        String ledger = "/export/ledger?from=2026-03-01&before=2026-04-01";
        assertThat(get(ledger, graph.token(null, Role.DASHBOARD)).statusCode()).isEqualTo(200);
        assertThat(get(ledger, graph.token("test-agency", Role.PARTNER)).statusCode()).isEqualTo(403);
        assertThat(get("/export/links", graph.token(null, Role.DASHBOARD)).statusCode()).isEqualTo(403);
        assertThat(get("/export/links", graph.token(null, Role.ADMIN)).statusCode()).isEqualTo(200);
    }

    @Test
    void rootFieldsOutsideARolesScopeAreForbiddenByName() {
        graph.graphQl(graph.as(Role.DASHBOARD))
            .document("{ personProfile(id: \"p-1\") { name } }")
            .execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
                assertThat(error.getMessage()).isEqualTo("A token with role dashboard may not ask for personProfile");
            }));
        graph.graphQl(headers -> headers.setBearerAuth(graph.token("unknown-agency", Role.PARTNER)))
            .document("{ case(source: POLICE, sourceId: \"JQ1\") { id } }")
            .execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }

    @Test
    void aWebSocketWithoutATokenIsNotOpened() {
        URI uri = URI.create(graph.url("/graphql").replace("http:", "ws:"));
        assertThatThrownBy(() -> http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
            .buildAsync(uri, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS))
            .hasCauseInstanceOf(WebSocketHandshakeException.class)
            .satisfies(failure -> assertThat(((WebSocketHandshakeException) failure.getCause()).getResponse()
                .statusCode()).isEqualTo(401));
    }

    private void assertRefused(String token, String why) throws Exception {
        HttpResponse<String> response = post(token, null);
        assertThat(response.statusCode()).as(why).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).as(why).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    private static JWTClaimsSet claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("forger")
            .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
            .claim("roles", List.of("admin")).build();
    }

    private HttpResponse<String> post(String token, String purpose) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graph.url("/graphql")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(AGGREGATE));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (purpose != null) {
            request.header("X-Purpose", purpose);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graph.url(path))).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
