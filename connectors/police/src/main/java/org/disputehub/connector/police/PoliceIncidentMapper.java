package org.disputehub.connector.police;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.support.JsonRecords;
import org.disputehub.connector.support.RecordRejectedException;
import org.disputehub.connector.support.SourceTimes;

import tools.jackson.databind.JsonNode;

/**
 * Maps a police (110) incident onto a {@link CaseRecord}, from either transport: a JSON Lines export line or a
 * {@code police_incident} row with its {@code police_incident_party} rows. Both are first read into the same
 * {@link Incident}, so the same incident gives the same case whichever way it came.
 */
public final class PoliceIncidentMapper {

    /** A JSON Lines export line; fits {@code JsonLinesReader.LineMapper}. */
    public CaseRecord fromJson(JsonNode node, Origin origin) {
        return toCase(new Incident(
                JsonRecords.key(node, "incidentNo"),
                localOffset(JsonRecords.requiredTime(node, "reportedAt")),
                localOffset(JsonRecords.requiredTime(node, "updatedAt")),
                JsonRecords.text(node, "reporterName"),
                JsonRecords.text(node, "reporterPhone"),
                JsonRecords.text(node, "address"),
                JsonRecords.text(node, "incidentType"),
                JsonRecords.text(node, "incidentSubtype"),
                JsonRecords.text(node, "summary"),
                JsonRecords.text(node, "station"),
                JsonRecords.text(node, "outcome"),
                JsonRecords.bool(node, "referredToMediation"),
                jsonParties(node)), origin);
    }

    /** An incident row and the party rows of that incident (in any order). */
    public CaseRecord fromRows(PoliceIncidentRow row, List<PoliceIncidentPartyRow> partyRows, Origin origin) {
        if (row.incidentNo() == null || row.incidentNo().isBlank()) {
            throw new RecordRejectedException(QuarantinedRecord.MISSING_PRIMARY_KEY, "missing incident_no");
        }
        List<NumberedParty> parties = new ArrayList<>();
        for (PoliceIncidentPartyRow party : partyRows) {
            if (party.seq() == null) {
                throw new RecordRejectedException(QuarantinedRecord.MISSING_FIELD, "a party has no seq");
            }
            parties.add(new NumberedParty(party.seq(),
                    new PartyMention(String.valueOf(party.seq()), party.role(), party.name(), party.idNumber(),
                            party.phone(), null)));
        }
        return toCase(new Incident(
                row.incidentNo().strip(),
                localTime("reported_at", row.reportedAt()),
                localTime("updated_at", row.updatedAt()),
                row.reporterName(),
                row.reporterPhone(),
                row.address(),
                row.incidentType(),
                row.incidentSubtype(),
                row.summary(),
                row.station(),
                row.outcome(),
                row.referredToMediation(),
                inSeqOrder(parties)), origin);
    }

    private static List<PartyMention> jsonParties(JsonNode node) {
        JsonNode array = node.get("parties");
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new RecordRejectedException(QuarantinedRecord.INVALID_VALUE, "parties is not an array");
        }
        List<NumberedParty> parties = new ArrayList<>();
        for (JsonNode party : array) {
            if (!party.isObject()) {
                throw new RecordRejectedException(QuarantinedRecord.INVALID_VALUE, "a party is not an object");
            }
            if (JsonRecords.text(party, "seq") == null) {
                throw new RecordRejectedException(QuarantinedRecord.MISSING_FIELD, "a party has no seq");
            }
            long seq = JsonRecords.requiredLong(party, "seq");
            parties.add(new NumberedParty(seq, new PartyMention(String.valueOf(seq), JsonRecords.text(party, "role"),
                    JsonRecords.text(party, "name"), JsonRecords.text(party, "idNumber"),
                    JsonRecords.text(party, "phone"), null)));
        }
        return inSeqOrder(parties);
    }

    /** The table's key orders parties by seq; the export is put in the same order, and a seq must be unique. */
    private static List<PartyMention> inSeqOrder(List<NumberedParty> parties) {
        Set<Long> seen = new HashSet<>();
        for (NumberedParty party : parties) {
            if (!seen.add(party.seq())) {
                throw new RecordRejectedException(QuarantinedRecord.INVALID_VALUE,
                        "party seq " + party.seq() + " occurs twice");
            }
        }
        return parties.stream()
            .sorted(Comparator.comparingLong(NumberedParty::seq))
            .map(NumberedParty::mention)
            .toList();
    }

    private static CaseRecord toCase(Incident incident, Origin origin) {
        Map<String, Object> details = new HashMap<>();
        putIfPresent(details, "incidentType", incident.incidentType());
        putIfPresent(details, "incidentSubtype", incident.incidentSubtype());
        putIfPresent(details, "station", incident.station());
        putIfPresent(details, "outcome", incident.outcome());
        putIfPresent(details, "referredToMediation", incident.referredToMediation());
        putIfPresent(details, "reporterName", incident.reporterName());
        putIfPresent(details, "reporterPhone", incident.reporterPhone());
        return new CaseRecord(
                Source.POLICE,
                incident.incidentNo(),
                incident.updatedAt().toInstant().toEpochMilli(),
                incident.reportedAt(),
                incident.updatedAt(),
                category(incident),
                incident.outcome(),
                state(incident.outcome()),
                null,
                incident.summary(),
                incident.address(),
                null,
                null,
                details,
                incident.parties(),
                List.of(),
                origin);
    }

    /** The subtype (家庭纠纷, 邻里纠纷, ...) is the dispute category; the type (纠纷, 治安, ...) is the fallback. */
    private static String category(Incident incident) {
        String subtype = incident.incidentSubtype();
        return subtype != null && !subtype.isBlank() ? subtype : incident.incidentType();
    }

    /** Police work on an incident ends with an on-site mediation, a criminal case or a penalty. */
    static CaseState state(String outcome) {
        if (outcome == null) {
            return CaseState.OPEN;
        }
        return switch (outcome.strip()) {
            case "现场调解", "立案侦查", "治安处罚" -> CaseState.RESOLVED;
            // 移交调解组织: the dispute itself goes on at the mediation committee
            default -> CaseState.OPEN;
        };
    }

    private static void putIfPresent(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }

    /** Both transports give the sources' local offset, so the same incident gives equal times. */
    private static OffsetDateTime localOffset(OffsetDateTime time) {
        return time.withOffsetSameInstant(SourceTimes.LOCAL_OFFSET);
    }

    private static OffsetDateTime localTime(String column, LocalDateTime value) {
        if (value == null) {
            throw new RecordRejectedException(QuarantinedRecord.MISSING_FIELD, "missing " + column);
        }
        return value.atOffset(SourceTimes.LOCAL_OFFSET);
    }

    private record NumberedParty(long seq, PartyMention mention) {
    }

    /** An incident read from either transport, before it becomes a case. */
    private record Incident(
            String incidentNo,
            OffsetDateTime reportedAt,
            OffsetDateTime updatedAt,
            String reporterName,
            String reporterPhone,
            String address,
            String incidentType,
            String incidentSubtype,
            String summary,
            String station,
            String outcome,
            Boolean referredToMediation,
            List<PartyMention> parties) {
    }
}
