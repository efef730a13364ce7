package org.disputehub.connector.petition;

import static org.disputehub.connector.petition.PetitionColumns.ADDRESS;
import static org.disputehub.connector.petition.PetitionColumns.AREA;
import static org.disputehub.connector.petition.PetitionColumns.CATEGORY;
import static org.disputehub.connector.petition.PetitionColumns.FIRST_NUMBER;
import static org.disputehub.connector.petition.PetitionColumns.FORM;
import static org.disputehub.connector.petition.PetitionColumns.HEADCOUNT;
import static org.disputehub.connector.petition.PetitionColumns.ID_NUMBER;
import static org.disputehub.connector.petition.PetitionColumns.MATTER;
import static org.disputehub.connector.petition.PetitionColumns.NAME;
import static org.disputehub.connector.petition.PetitionColumns.PHONE;
import static org.disputehub.connector.petition.PetitionColumns.REPEAT;
import static org.disputehub.connector.petition.PetitionColumns.RESPONDENT;
import static org.disputehub.connector.petition.PetitionColumns.RESPONSIBLE_UNIT;
import static org.disputehub.connector.petition.PetitionColumns.STATUS;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.Source;

/** Turns the rows of one petition (one row per petitioner) into one case. */
final class PetitionCaseMapper {

    static final String PETITIONER_ROLE = "信访人";

    /**
     * Code-point order, not UTF-16 order: characters outside the BMP (rare surnames) must sort the same way
     * everywhere the mention keys are recomputed.
     */
    private static final Comparator<String> CODE_POINTS =
            (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    /** Petitioners in a stable order, so that a mention key names the same person in every delivery. */
    private static final Comparator<PetitionRow> PARTY_ORDER = Comparator
        .comparing((PetitionRow row) -> Objects.requireNonNullElse(row.asWritten(ID_NUMBER), ""), CODE_POINTS)
        .thenComparing(row -> Objects.requireNonNullElse(row.asWritten(NAME), ""), CODE_POINTS);

    CaseRecord toCase(List<PetitionRow> rows, String fileName) {
        List<PetitionRow> current = latest(rows);
        // every row repeats the petition's own columns; the first row in the file speaks for them
        PetitionRow first = current.get(0);
        OffsetDateTime updatedAt = first.updatedAt();
        String status = first.text(STATUS);
        return new CaseRecord(Source.PETITION, first.number(), updatedAt.toInstant().toEpochMilli(),
                first.registeredAt(), updatedAt, first.text(CATEGORY), status, state(status),
                first.concludedAt(), first.text(MATTER),
                // the rows' addresses are the petitioners' homes, not where the matter is: those go to parties
                null, null, first.text(AREA), details(first), parties(current), references(first),
                Origin.fileLine(fileName, first.line()));
    }

    /**
     * Rows of one petition that disagree on 更新时间 come from an export taken mid-update; the latest state is
     * the petition, the older rows are simply superseded (not bad records, so nothing is quarantined).
     */
    private static List<PetitionRow> latest(List<PetitionRow> rows) {
        OffsetDateTime newest = rows.stream().map(PetitionRow::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
        return rows.stream().filter(row -> row.updatedAt().isEqual(newest)).toList();
    }

    private static CaseState state(String status) {
        if ("已办结".equals(status)) {
            return CaseState.RESOLVED;
        }
        if ("不予受理".equals(status)) {
            return CaseState.REJECTED;
        }
        return CaseState.OPEN;
    }

    private static Map<String, Object> details(PetitionRow row) {
        Map<String, Object> details = new LinkedHashMap<>();
        putIfSet(details, "form", row.text(FORM));
        putIfSet(details, "headcount", headcount(row.text(HEADCOUNT)));
        putIfSet(details, "respondent", row.text(RESPONDENT));
        putIfSet(details, "responsibleUnit", row.text(RESPONSIBLE_UNIT));
        putIfSet(details, "repeat", repeat(row.text(REPEAT)));
        putIfSet(details, "firstPetitionNo", row.text(FIRST_NUMBER));
        return details;
    }

    /** A number when it is one; otherwise kept as written rather than lost. */
    private static Object headcount(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        }
        catch (NumberFormatException ex) {
            return value;
        }
    }

    /** 是 / 否 as a flag; any other word is kept as written rather than guessed. */
    private static Object repeat(String value) {
        if ("是".equals(value)) {
            return Boolean.TRUE;
        }
        if ("否".equals(value)) {
            return Boolean.FALSE;
        }
        return value;
    }

    private static void putIfSet(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }

    private static List<PartyMention> parties(List<PetitionRow> rows) {
        List<PetitionRow> sorted = rows.stream().sorted(PARTY_ORDER).toList();
        List<PartyMention> parties = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            PetitionRow row = sorted.get(i);
            parties.add(new PartyMention(String.valueOf(i + 1), PETITIONER_ROLE, row.asWritten(NAME),
                    row.asWritten(ID_NUMBER), row.asWritten(PHONE), row.asWritten(ADDRESS)));
        }
        return parties;
    }

    private static List<CaseReference> references(PetitionRow row) {
        String firstNumber = row.text(FIRST_NUMBER);
        if (firstNumber == null || firstNumber.equals(row.number())) {
            return List.of();
        }
        return List.of(new CaseReference(Source.PETITION, firstNumber, CaseReference.FIRST_PETITION));
    }
}
