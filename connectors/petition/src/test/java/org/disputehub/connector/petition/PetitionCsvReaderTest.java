package org.disputehub.connector.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.junit.jupiter.api.Test;

class PetitionCsvReaderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String HEADER = "信访件编号,登记日期,更新时间,信访形式,信访人姓名,证件号码,联系电话,住址,人数,问题属地,"
            + "内容分类,信访事项,被反映对象,办理状态,责任单位,办结日期,重复信访,首次信访件编号";

    private final PetitionCsvReader reader = new PetitionCsvReader();
    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsGb18030FileWithoutBomIntoCanonicalCase() throws IOException {
        String csv = HEADER + "\r\n"
                + "XF2026031500045,2026-03-15,2026-03-20 09:12:33,来访,王秀英,996611195105066663,+86 139-1234-5678,"
                + "石泉乡红星村三组12号,1,红星村,邻里纠纷,信访人反映与邻居因排水沟堵塞发生纠纷。,李强,已办结,石泉乡人民政府,"
                + "2026/3/19,否,\r\n";

        read(csv.getBytes(GB18030), "petitions-2026-03-21.csv");

        assertThat(sink.quarantined).isEmpty();
        CaseRecord petition = sink.single("XF2026031500045");
        OffsetDateTime updatedAt = OffsetDateTime.parse("2026-03-20T09:12:33+08:00");
        assertThat(petition.source()).isEqualTo(Source.PETITION);
        assertThat(petition.version()).isEqualTo(updatedAt.toInstant().toEpochMilli());
        assertThat(petition.updatedAt()).isEqualTo(updatedAt);
        assertThat(petition.reportedAt()).isEqualTo(OffsetDateTime.parse("2026-03-15T00:00:00+08:00"));
        assertThat(petition.closedAt()).isEqualTo(OffsetDateTime.parse("2026-03-19T00:00:00+08:00"));
        assertThat(petition.category()).isEqualTo("邻里纠纷");
        assertThat(petition.status()).isEqualTo("已办结");
        assertThat(petition.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(petition.content()).isEqualTo("信访人反映与邻居因排水沟堵塞发生纠纷。");
        assertThat(petition.address()).isNull();
        assertThat(petition.areaCode()).isNull();
        assertThat(petition.areaName()).isEqualTo("红星村");
        assertThat(petition.details()).containsExactlyInAnyOrderEntriesOf(Map.of("form", "来访", "headcount", 1,
                "respondent", "李强", "responsibleUnit", "石泉乡人民政府", "repeat", false));
        assertThat(petition.references()).isEmpty();
        assertThat(petition.parties()).containsExactly(new PartyMention("1", "信访人", "王秀英", "996611195105066663",
                "+86 139-1234-5678", "石泉乡红星村三组12号"));
        assertThat(petition.origin()).isEqualTo(Origin.fileLine("petitions-2026-03-21.csv", 2));
    }

    @Test
    void readsUtf8FileWithBomAndColumnsInAnotherOrder() throws IOException {
        String csv = "备注,办理状态,更新时间,信访人姓名,信访件编号,登记日期,问题属地,证件号码,人数,重复信访,首次信访件编号\n"
                + "随便写的,不予受理,2026-04-02 10:00:00,張偉,XF2026040100007,2026/4/1,石泉乡,,2,是,XF2026010300008\n";

        read(withBom(csv.getBytes(StandardCharsets.UTF_8)), "petitions-2026-04-02.csv");

        assertThat(sink.quarantined).isEmpty();
        CaseRecord petition = sink.single("XF2026040100007");
        assertThat(petition.state()).isEqualTo(CaseState.REJECTED);
        assertThat(petition.reportedAt()).isEqualTo(OffsetDateTime.parse("2026-04-01T00:00:00+08:00"));
        assertThat(petition.closedAt()).isNull();
        assertThat(petition.areaName()).isEqualTo("石泉乡");
        // the unknown column 备注 is ignored, absent columns leave nothing behind
        assertThat(petition.details()).containsExactlyInAnyOrderEntriesOf(
                Map.of("headcount", 2, "repeat", true, "firstPetitionNo", "XF2026010300008"));
        assertThat(petition.parties()).containsExactly(new PartyMention("1", "信访人", "張偉", null, null, null));
    }

    @Test
    void groupPetitionWithRowsApartBecomesOneCaseWithPartiesInIdThenNameOrder() throws IOException {
        String csv = HEADER + "\n"
                + group("胡国强", "996611197506113176", "15604359868") + "\n"
                + "XF2026031000002,2026-03-10,2026-03-11 08:00:00,来信,赵敏,996611199001010011,,白水镇,1,白水镇,"
                + "医疗卫生,医保报销。,,受理,青岚县卫生健康局,,否,\n"
                + group(" 胡勇", "", "１５７６７１０１２０２") + "\n"
                + group("张蓉", "996611195105066663", "") + "\n"
                // U+FF21 (Ａ) is below U+20BB7 (𠮷) by code point, but above its surrogate pair in UTF-16
                + group("𠮷", "", "") + "\n"
                + group("Ａ", "", "") + "\n";

        read(csv.getBytes(GB18030), "petitions-2026-03-11.csv");

        assertThat(sink.cases).extracting(CaseRecord::sourceId).containsExactly("XF2026010900024", "XF2026031000002");
        CaseRecord group = sink.single("XF2026010900024");
        assertThat(group.parties()).extracting(PartyMention::mentionKey, PartyMention::name, PartyMention::idNumber,
                PartyMention::phone)
            .containsExactly(
                    tuple("1", " 胡勇", null, "１５７６７１０１２０２"),
                    tuple("2", "Ａ", null, null),
                    tuple("3", "𠮷", null, null),
                    tuple("4", "张蓉", "996611195105066663", null),
                    tuple("5", "胡国强", "996611197506113176", "15604359868"));
        assertThat(group.parties()).allSatisfy(party -> assertThat(party.role()).isEqualTo("信访人"));
        assertThat(group.details()).containsEntry("headcount", 5);
        assertThat(group.origin().locator()).isEqualTo("line:2");
    }

    @Test
    void rowsOfOnePetitionWithDifferentUpdateTimesKeepTheLatestState() throws IOException {
        String csv = HEADER + "\n"
                + "XF2026031500045,2026-03-15,2026-03-16 09:00:00,来访,王秀英,996611195105066663,,,2,红星村,邻里纠纷,"
                + "反映纠纷。,,受理,石泉乡人民政府,,否,\n"
                + "XF2026031500045,2026-03-15,2026-03-20 09:00:00,来访,王秀英,996611195105066663,,,2,红星村,邻里纠纷,"
                + "反映纠纷。,,已办结,石泉乡人民政府,2026-03-20,否,\n"
                + "XF2026031500045,2026-03-15,2026-03-20 09:00:00,来访,李强,996611197210081776,,,2,红星村,邻里纠纷,"
                + "反映纠纷。,,已办结,石泉乡人民政府,2026-03-20,否,\n";

        read(csv.getBytes(GB18030), "petitions-2026-03-21.csv");

        assertThat(sink.quarantined).isEmpty();
        CaseRecord petition = sink.single("XF2026031500045");
        assertThat(petition.status()).isEqualTo("已办结");
        assertThat(petition.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-20T09:00:00+08:00"));
        assertThat(petition.parties()).extracting(PartyMention::name).containsExactly("王秀英", "李强");
        assertThat(petition.origin().locator()).isEqualTo("line:3");
    }

    @Test
    void quarantinesEachBadRowWithItsLineAndReadsTheRest() throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\r\n").getBytes(GB18030));
        bytes.writeBytes((simple("XF2026030100001", "2026-03-02 10:00:00") + "\r\n").getBytes(GB18030));
        bytes.writeBytes((simple("", "2026-03-02 10:00:00") + "\r\n").getBytes(GB18030));
        bytes.writeBytes((simple("XF2026030100003", "昨天下午") + "\r\n").getBytes(GB18030));
        bytes.writeBytes((simple("XF2026030100004", "2026-03-02 10:00:00") + ",多余\r\n").getBytes(GB18030));
        // 0x81 opens a two-byte GB18030 character, but a comma cannot finish it
        bytes.writeBytes("XF2026030100005,2026-03-01,2026-03-02 10:00:00,来信,王".getBytes(GB18030));
        bytes.write(0x81);
        bytes.writeBytes((",,,,1,红星村,邻里纠纷,反映纠纷。,,受理,石泉乡人民政府,,否,\r\n").getBytes(GB18030));
        bytes.writeBytes((simple("XF2026030100006", "") + "\r\n").getBytes(GB18030));
        bytes.writeBytes((simple("XF2026030100007", "2026-03-02 10:00:00").replace("2026-03-01", "2026-13-01") + "\r\n")
            .getBytes(GB18030));
        bytes.writeBytes((simple("XF2026030100001", "2026-03-02 10:00:00") + "\r\n").getBytes(GB18030));

        read(bytes.toByteArray(), "petitions-2026-03-02.csv");

        assertThat(sink.quarantined).extracting(q -> q.origin().locator(), QuarantinedRecord::reason)
            .containsExactly(
                    tuple("line:3", QuarantinedRecord.MISSING_PRIMARY_KEY),
                    tuple("line:4", QuarantinedRecord.UNPARSABLE_DATE),
                    tuple("line:5", QuarantinedRecord.WRONG_COLUMN_COUNT),
                    tuple("line:6", QuarantinedRecord.INVALID_ENCODING),
                    tuple("line:7", QuarantinedRecord.MISSING_FIELD),
                    tuple("line:8", QuarantinedRecord.UNPARSABLE_DATE));
        assertThat(sink.quarantined).allSatisfy(q -> {
            assertThat(q.source()).isEqualTo(Source.PETITION);
            assertThat(q.origin().resource()).isEqualTo("petitions-2026-03-02.csv");
            assertThat(q.message()).isNotBlank();
        });
        assertThat(sink.quarantined.get(1).raw()).isEqualTo(simple("XF2026030100003", "昨天下午"));
        assertThat(sink.quarantined.get(3).raw()).startsWith("XF2026030100005,").contains("王\uFFFD,");
        assertThat(sink.cases).extracting(CaseRecord::sourceId).containsExactly("XF2026030100001");
        assertThat(sink.single("XF2026030100001").parties()).hasSize(2);
    }

    @Test
    void quotedFieldWithLineBreaksKeepsLineNumbersOfLaterRows() throws IOException {
        String csv = HEADER + "\r\n"
                + "XF2026030100001,2026-03-01,2026-03-02 10:00:00,来信,王秀英,,,,1,红星村,邻里纠纷,"
                + "\"第一行\r\n第二行，带\"\"引号\"\"\r\n第三行\",,受理,石泉乡人民政府,,否,\r\n"
                + simple("XF2026030100002", "前天") + "\r\n"
                + simple("XF2026030100003", "2026-03-02 10:00:00") + "\r\n";

        read(csv.getBytes(GB18030), "petitions-2026-03-02.csv");

        assertThat(sink.single("XF2026030100001").content()).isEqualTo("第一行\r\n第二行，带\"引号\"\r\n第三行");
        assertThat(sink.single("XF2026030100001").origin().locator()).isEqualTo("line:2");
        assertThat(sink.quarantined).extracting(q -> q.origin().locator()).containsExactly("line:5");
        assertThat(sink.single("XF2026030100003").origin().locator()).isEqualTo("line:6");
    }

    @Test
    void firstPetitionNumberBecomesAReferenceUnlessItIsTheOwnNumber() throws IOException {
        String csv = HEADER + "\n"
                + "XF2026050100001,2026-05-01,2026-05-02 10:00:00,来访,王秀英,,,,1,红星村,邻里纠纷,又来了。,,办理中,"
                + "石泉乡人民政府,,是,XF2026031500045\n"
                + "XF2026050100002,2026-05-01,2026-05-02 10:00:00,来访,李强,,,,1,红星村,邻里纠纷,首次。,,办理中,"
                + "石泉乡人民政府,,否,XF2026050100002\n";

        read(csv.getBytes(GB18030), "petitions-2026-05-02.csv");

        assertThat(sink.single("XF2026050100001").references()).containsExactly(
                new CaseReference(Source.PETITION, "XF2026031500045", CaseReference.FIRST_PETITION));
        assertThat(sink.single("XF2026050100001").state()).isEqualTo(CaseState.OPEN);
        assertThat(sink.single("XF2026050100002").references()).isEmpty();
    }

    @Test
    void headerWithoutARequiredColumnQuarantinesEveryRowNamingIt() throws IOException {
        String csv = "信访件编号,登记日期,信访人姓名\nXF2026050100001,2026-05-01,王秀英\n\nXF2026050100002,2026-05-01,李强\n";

        read(csv.getBytes(GB18030), "petitions-2026-05-02.csv");

        assertThat(sink.cases).isEmpty();
        assertThat(sink.quarantined).extracting(q -> q.origin().locator(), QuarantinedRecord::reason)
            .containsExactly(tuple("line:2", QuarantinedRecord.MISSING_FIELD),
                    tuple("line:4", QuarantinedRecord.MISSING_FIELD));
        assertThat(sink.quarantined.get(0).message()).contains("更新时间");
    }

    /*
     * Dev exports copied byte for byte. Expected quarantines are the PETITION lines of the dev truth's bad.csv;
     * the petition counts were derived at dev time with Python (csv module, GB18030 or UTF-8-after-BOM with
     * errors='replace'): distinct 信访件编号 over the rows left after dropping the bad.csv rows.
     */

    @Test
    void devExportWithBrokenEncodingAndBadDate() throws IOException {
        readResource("petitions-2026-03-25.csv");

        assertThat(sink.quarantined).extracting(q -> q.origin().locator(), QuarantinedRecord::reason)
            .containsExactly(tuple("line:2", QuarantinedRecord.INVALID_ENCODING),
                    tuple("line:92", QuarantinedRecord.UNPARSABLE_DATE));
        assertThat(sink.cases).hasSize(74);
    }

    @Test
    void devExportWithWrongColumnCountAndAGroupPetitionSpreadOverTheFile() throws IOException {
        readResource("petitions-2026-03-11.csv");

        assertThat(sink.quarantined).extracting(q -> q.origin().locator(), QuarantinedRecord::reason)
            .containsExactly(tuple("line:55", QuarantinedRecord.WRONG_COLUMN_COUNT));
        assertThat(sink.cases).hasSize(60);
        // rows on lines 2, 3, 4 and 24; mention keys as in the dev truth's mention_text.csv
        assertThat(sink.single("XF2026010900024").parties())
            .extracting(PartyMention::mentionKey, PartyMention::name, PartyMention::phone, PartyMention::address)
            .containsExactly(
                    tuple("1", "张蓉", null, "金坪镇七星村3组58号"),
                    tuple("2", "李建平", "19569998152", "青岚县金坪镇七星村二组19号"),
                    tuple("3", "胡国强", "+86 15604359868", "金坪镇七星村5组26号"),
                    tuple("4", " 胡勇", "１５７６７１０１２０２", "七星村第3组41号"));
    }

    @Test
    void devExportWithBomReorderedColumnsAndMissingKey() throws IOException {
        readResource("petitions-2026-02-11.csv");

        assertThat(sink.quarantined).extracting(q -> q.origin().locator(), QuarantinedRecord::reason)
            .containsExactly(tuple("line:37", QuarantinedRecord.MISSING_PRIMARY_KEY));
        assertThat(sink.cases).hasSize(36);
        assertThat(sink.single("XF2026012700042").reportedAt())
            .isEqualTo(OffsetDateTime.parse("2026-01-27T00:00:00+08:00"));
    }

    private void read(byte[] bytes, String fileName) throws IOException {
        try (var batches = new BatchingSink(sink, 2)) {
            reader.read(bytes, fileName, batches);
        }
    }

    private void readResource(String fileName) throws IOException {
        try (InputStream input = getClass().getResourceAsStream("/petition/" + fileName);
                var batches = new BatchingSink(sink, 50)) {
            reader.read(input, fileName, batches);
        }
    }

    private static byte[] withBom(byte[] utf8) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(utf8);
        return bytes.toByteArray();
    }

    private static String group(String name, String idNumber, String phone) {
        return "XF2026010900024,2026-01-09,2026-01-10 10:24:54,来访," + name + "," + idNumber + "," + phone
                + ",金坪镇七星村,5,金坪镇七星村,土地水事,信访人反映灌溉用水纠纷。,孙婷婷,受理,金坪镇人民政府,,否,";
    }

    private static String simple(String number, String updatedAt) {
        return number + ",2026-03-01," + updatedAt + ",来信,王秀英,,,,1,红星村,邻里纠纷,反映纠纷。,,受理,石泉乡人民政府,,否,";
    }
}
