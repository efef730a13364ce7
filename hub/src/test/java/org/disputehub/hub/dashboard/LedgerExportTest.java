package org.disputehub.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.dashboard.DashboardData.LIUWAN;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.security.Role;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** GET /export/ledger over HTTP, on the disputes of {@link DashboardData}; files are read back with the libraries. */
@HubTest
class LedgerExportTest {

    private static final List<String> HEADER = List.of("序号", "纠纷编号", "所属乡镇", "所属村", "纠纷类别", "当事人", "首次登记时间",
            "最近登记时间", "来源渠道", "案件数", "当前状态", "是否化解", "化解时间", "预警等级", "预警原因", "是否超期");
    private static final String MARCH_APRIL = "from=2026-03-01&before=2026-05-01";

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        graph.clear();
        DashboardData.load(sink);
    }

    @Test
    void aTownshipsCsvLedgerHasOneRowPerDisputeOfThePeriod() throws Exception {
        HttpResponse<byte[]> response = get("format=csv&" + MARCH_APRIL + "&areaCode=" + LIUWAN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
            .hasValue("attachment; filename=\"ledger_996611102000_2026-03-01_2026-05-01.csv\"");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(
                new String(body, 3, body.length - 3, StandardCharsets.UTF_8))).getRecords();

        assertThat(records.get(0).toList()).isEqualTo(HEADER);
        assertThat(records).hasSize(3);
        // A: two police calls and a hotline order, all resolved; the H9 order of November is outside the period.
        assertThat(records.get(1).toList()).containsExactly("1", disputeOf("POLICE:P1"), "柳湾乡", "石门村", "邻里纠纷",
                "张三、钱八", "2026-03-02 10:00", "2026-03-12 09:00", "110×2、12345×1", "3", "已办结", "是",
                "2026-03-16 10:00", "yellow", "yellow: 2 police incidents within 30 days", "否");
        List<String> hot = records.get(2).toList();
        assertThat(hot.subList(0, 14)).containsExactly("2", disputeOf("POLICE:P3"), "柳湾乡", "沙坝村", "邻里纠纷", "王五",
                "2026-03-05 10:00", "2026-03-25 10:00", "110×3", "3", "办理中", "否", "", "red");
        assertThat(hot.get(14)).startsWith("red: 3 police incidents within 30 days；").contains("POLICE:P5");
        assertThat(hot.get(15)).isEqualTo("是");
    }

    @Test
    void theExcelLedgerReadsBackWithNumbersAsNumbers() throws Exception {
        HttpResponse<byte[]> response = get("format=xlsx&" + MARCH_APRIL);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition"))
            .hasValue("attachment; filename=\"ledger_all_2026-03-01_2026-05-01.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("纠纷台账");
            assertThat(texts(sheet.getRow(0))).isEqualTo(HEADER);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            // Ordered by first report: A 03-02, B 03-03, C 03-05, D 04-01 (Asia/Shanghai).
            assertThat(List.of(1, 2, 3, 4)).extracting(row -> texts(sheet.getRow(row)).get(1)).containsExactly(
                    disputeOf("POLICE:P1"), disputeOf("HOTLINE:H1"), disputeOf("POLICE:P3"), disputeOf("PETITION:X1"));
            Row b = sheet.getRow(2);
            assertThat(b.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(b.getCell(0).getNumericCellValue()).isEqualTo(2.0);
            assertThat(b.getCell(9).getNumericCellValue()).isEqualTo(2.0);
            assertThat(texts(b).subList(2, 12)).containsExactly("青石镇", "向阳村", "邻里纠纷", "李四", "2026-03-03 09:00",
                    "2026-03-20 09:00", "12345×2", "2", "办理中", "否");
            assertThat(texts(b).get(15)).isEqualTo("是");
            assertThat(texts(sheet.getRow(4)).subList(2, 16)).containsExactly("青石镇", "", "劳动争议", "赵六",
                    "2026-04-01 01:00", "2026-04-01 01:00", "信访×1", "1", "已办结", "否", "", "", "", "否");
        }
    }

    @Test
    void badParametersAreRejectedWithTheReason() throws Exception {
        assertBadRequest("format=pdf&" + MARCH_APRIL, "format must be csv or xlsx, not 'pdf'");
        assertBadRequest("format=csv&before=2026-05-01", "'from' is required");
        assertBadRequest("format=csv&from=2026-05-01&before=2026-03-01", "must be before");
        assertBadRequest("format=csv&from=March&before=2026-05-01", "'from' is neither a date");
        assertBadRequest("format=csv&" + MARCH_APRIL + "&areaCode=123", "Unknown area code: 123");
    }

    private void assertBadRequest(String query, String reason) throws Exception {
        HttpResponse<byte[]> response = get(query);
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(query).contains(reason);
    }

    private HttpResponse<byte[]> get(String query) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port")
                + "/export/ledger?" + query);
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + graph.token(null, Role.ADMIN))
            .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String disputeOf(String caseKey) {
        try (var session = graph.driver().session()) {
            return session.run("MATCH (:Case {key: $key})-[:PART_OF]->(d:Dispute) RETURN d.id AS id",
                    java.util.Map.of("key", caseKey)).single().get("id").asString();
        }
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < row.getLastCellNum(); column++) {
            Cell cell = row.getCell(column);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }
}
