package org.disputehub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.support.Records.MARCH;
import static org.disputehub.hub.support.Records.caller;
import static org.disputehub.hub.support.Records.hotline;
import static org.disputehub.hub.support.Records.party;
import static org.disputehub.hub.support.Records.police;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.security.Role;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** One append-only record per response that revealed personal data unmasked, and none for masked reads. */
@HubTest
class AuditTest {

    /** graphql-test/personal*.graphql: documents the test partner agency has registered. */
    private static final String PARTIES = "personalParties";
    private static final String PHONES = "personalPhones";
    private static final String AUDIT_LOG = """
            query Log($after: String) { auditLog(first: 2, after: $after) {
                edges { cursor node { id at subject roles purpose agency channel operation queryHash fields subjects } }
                pageInfo { hasNextPage endCursor } } }
            """;

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @BeforeEach
    void load() {
        graph.clear();
        sink.accept(List.of(hotline("HL901", 1, "DISPATCHED", caller("梁玉兰", "99661119780815700X", "13912345678"),
                List.of())));
    }

    @Test
    void eachUnmaskedReadWritesOneRecordSayingWhoWhyWhatAndWhose() throws Exception {
        HttpGraphQlTester investigator = graph.graphQl(graph.investigating("HL901 noise complaint"));
        for (int read = 0; read < 3; read++) {
            investigator.documentName(PARTIES).execute().path("case.parties[0].name").entity(String.class)
                .isEqualTo("梁玉兰");
        }

        assertThat(records()).isEqualTo(3);
        List<Map<String, Object>> log = graph.graphQl().document(AUDIT_LOG).execute()
            .path("auditLog.edges[*].node").entityList(mapType()).hasSize(2).get();
        Map<String, Object> newest = log.get(0);
        assertThat(newest.get("subject")).isEqualTo("test-investigator");
        assertThat(newest.get("roles")).isEqualTo(List.of("investigator"));
        assertThat(newest.get("purpose")).isEqualTo("HL901 noise complaint");
        assertThat(newest.get("channel")).isEqualTo("graphql");
        assertThat(newest.get("fields")).isEqualTo(List.of("Party.idNumber", "Party.name"));
        assertThat((List<?>) newest.get("subjects")).singleElement().asString().startsWith("Party:");
        assertThat(newest.get("queryHash")).isEqualTo(sha256(new ClassPathResource("graphql-test/personalParties.graphql")
            .getContentAsString(StandardCharsets.UTF_8)));
        assertThat(records()).as("reading the audit log reveals no personal data").isEqualTo(3);
    }

    @Test
    void maskedAndAggregateReadsWriteNoRecord() {
        graph.graphQl(graph.as(Role.PARTNER))
            .documentName(PARTIES).execute().path("case.parties[0].name").entity(String.class).isEqualTo("梁*兰");
        graph.graphQl(graph.as(Role.DASHBOARD))
            .document("{ stats { totals { cases } } }").execute().path("stats.totals.cases").entity(Integer.class)
            .isEqualTo(1);
        assertThat(records()).isZero();

        graph.graphQl(graph.as(Role.PARTNER))
            .documentName(PHONES).execute().path("case.parties[0].phone").entity(String.class).isEqualTo("13912345678");
        assertThat(graph.count("MATCH (a:AuditRecord {agency: 'test-agency'}) "
                + "WHERE a.fields = ['Party.phone'] RETURN count(a)")).as("the agreement's unmasked phone").isEqualTo(1);
    }

    @Test
    void onlyAdminsReadTheLogPageByPage() {
        HttpGraphQlTester admin = graph.graphQl();
        for (int read = 0; read < 3; read++) {
            admin.documentName(PARTIES).execute();
        }
        var first = admin.document(AUDIT_LOG).execute();
        List<String> firstPage = first.path("auditLog.edges[*].node.id").entityList(String.class).hasSize(2).get();
        String cursor = first.path("auditLog.pageInfo.endCursor").entity(String.class).get();
        List<String> secondPage = admin.document(AUDIT_LOG).variable("after", cursor).execute()
            .path("auditLog.edges[*].node.id").entityList(String.class).hasSize(1).get();
        assertThat(secondPage).doesNotContainAnyElementsOf(firstPage);

        graph.graphQl(graph.investigating("curiosity")).document(AUDIT_LOG).execute().errors()
            .expect(error -> error.getMessage().endsWith("may not ask for auditLog")).verify();
    }

    @Test
    void theLedgerShowsDashboardsMaskedNamesAndRecordsAdminsFullOnes() throws Exception {
        graph.clear();
        sink.accept(List.of(police("JQ950", MARCH, party(1, "梁玉兰", "99661119780815700X", "红星村3组12号"))));

        String masked = ledger(graph.token(null, Role.DASHBOARD));
        assertThat(masked).contains("梁*兰").doesNotContain("梁玉兰");
        assertThat(records()).isZero();

        String full = ledger(graph.token(null, Role.ADMIN));
        assertThat(full).contains("梁玉兰");
        assertThat(graph.count("MATCH (a:AuditRecord {channel: '/export/ledger'}) "
                + "WHERE a.fields = ['Ledger.partyNames'] AND a.subjects[0] STARTS WITH 'Dispute:' RETURN count(a)"))
            .isEqualTo(1);
    }

    private String ledger(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(graph.url(
                "/export/ledger?format=csv&from=2026-03-01&before=2026-04-01")))
            .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private long records() {
        return graph.count("MATCH (a:AuditRecord) RETURN count(a)");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                text.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Class<Map<String, Object>> mapType() {
        return (Class) Map.class;
    }
}
