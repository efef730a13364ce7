package org.disputehub.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;

import org.disputehub.synthetic.AreaCatalog.Village;

/**
 * The answer key, in the layout eval_linking.py reads: which mentions are one person and
 * household, which cases one dispute, which records are bad. UTF-8, LF line ends. Rows are
 * counted here and written by the background writer.
 */
final class TruthFiles implements AutoCloseable {

    static final String[] HOUSEHOLDS = {
        "household_id", "township", "township_code", "village", "village_code", "group", "house_no",
        "canonical_address", "landline"};
    static final String[] PERSONS = {"person_id", "name", "sex", "birth_date", "id_number", "mobile", "households"};
    static final String[] DISPUTES = {"dispute_id", "category", "hot", "parties", "first_at", "last_at"};
    static final String[] CASES = {"source", "source_id", "dispute_id", "latest_version_marker"};
    static final String[] MENTIONS = {"source", "source_id", "mention_key", "person_id", "household_id"};
    static final String[] MENTION_TEXT = {
        "source", "source_id", "mention_key", "name", "id_number", "phone", "address", "role", "tags"};
    static final String[] BAD = {"source", "file", "locator", "reason"};

    private final CsvOut households;
    private final CsvOut persons;
    private final CsvOut disputes;
    private final CsvOut cases;
    private final CsvOut mentions;
    private final CsvOut mentionText;
    private final CsvOut bad;

    private final BackgroundWriter background;
    private int caseCount;
    private int mentionCount;
    private int disputeCount;
    private int hotCount;
    private int badCount;

    TruthFiles(Path directory, BackgroundWriter background) throws IOException {
        this.background = background;
        Files.createDirectories(directory);
        households = open(directory.resolve("households.csv"), HOUSEHOLDS);
        persons = open(directory.resolve("persons.csv"), PERSONS);
        disputes = open(directory.resolve("disputes.csv"), DISPUTES);
        cases = open(directory.resolve("cases.csv"), CASES);
        mentions = open(directory.resolve("mentions.csv"), MENTIONS);
        mentionText = open(directory.resolve("mention_text.csv"), MENTION_TEXT);
        bad = open(directory.resolve("bad.csv"), BAD);
    }

    private static CsvOut open(Path file, String[] header) throws IOException {
        CsvOut out = new CsvOut(Files.newOutputStream(file), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        out.row((Object[]) header);
        return out;
    }

    /** Households and persons; written while the records are being generated (the population no longer changes). */
    void world(Population population) {
        background.submit(() -> writeWorld(population));
    }

    private void writeWorld(Population population) {
        for (int h = 0; h < population.households(); h++) {
            Village village = population.village(h);
            households.row(Population.householdId(h), village.township().name(), village.township().code(),
                    village.name(), village.code(), population.householdGroup[h], population.householdHouse[h],
                    population.canonicalAddress(h), population.landline(h));
        }
        for (int p = 0; p < population.persons(); p++) {
            persons.row(Population.personId(p), population.name(p), population.male[p] ? "M" : "F",
                    LocalDate.ofEpochDay(population.birthDay[p]), population.idNumber(p), population.mobile(p),
                    population.householdIds(p));
        }
    }

    void caseRow(Source source, String sourceId, String disputeId, String latestVersionMarker) {
        print(cases, source, sourceId, disputeId, latestVersionMarker);
        caseCount++;
    }

    void mention(Source source, String sourceId, String key, int person, int household, MentionText text) {
        background.submit(() -> {
            mentions.row(source, sourceId, key, Population.personId(person), Population.householdId(household));
            mentionText.row(source, sourceId, key, text.name(), text.idNumber(), text.phone(), text.address(),
                    text.role(), text.tags());
        });
        mentionCount++;
    }

    void dispute(String disputeId, String category, boolean hot, String parties, long firstAt, long lastAt) {
        background.submit(() -> disputes.row(disputeId, category, hot, parties, Times.iso(firstAt), Times.iso(lastAt)));
        disputeCount++;
        if (hot) {
            hotCount++;
        }
    }

    void bad(Source source, String file, int line, String reason) {
        print(bad, source, file, "line:" + line, reason);
        badCount++;
    }

    private void print(CsvOut out, Object... values) {
        background.submit(() -> out.row(values));
    }

    int cases() {
        return caseCount;
    }

    int mentions() {
        return mentionCount;
    }

    int disputes() {
        return disputeCount;
    }

    int hotDisputes() {
        return hotCount;
    }

    int badRecords() {
        return badCount;
    }

    @Override
    public void close() {
        for (CsvOut out : new CsvOut[] {households, persons, disputes, cases, mentions, mentionText, bad}) {
            background.submit(out::close);
        }
    }
}
