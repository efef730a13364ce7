package org.disputehub.hub.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;
import org.disputehub.hub.graphql.InvalidRequestException;
import org.disputehub.hub.security.PersonalDataExports;
import org.disputehub.hub.security.PersonalKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /export/ledger?format=csv|xlsx&from=2026-03-01&before=2026-04-01&areaCode=996611102000}: the
 * ledger (台账) of disputes with a case reported in [from, before) in the area or below it, one row each.
 * {@code from} and {@code before} are dates (midnight in the hub's zone) or date-times with an offset. Party
 * names follow the personal data policy of the caller's role (dashboards: 张*伟).
 */
@RestController
class LedgerController {

    private final LedgerRepository ledger;
    private final DashboardRepository dashboards;
    private final DashboardProperties properties;
    private final PersonalDataExports personalData;

    LedgerController(LedgerRepository ledger, DashboardRepository dashboards, DashboardProperties properties,
            PersonalDataExports personalData) {
        this.ledger = ledger;
        this.dashboards = dashboards;
        this.properties = properties;
        this.personalData = personalData;
    }

    @GetMapping("/export/ledger")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String from, @RequestParam(required = false) String before,
            @RequestParam(required = false) String areaCode, HttpServletRequest request) {
        LedgerFormat ledgerFormat = LedgerFormat.of(format);
        StatsFilter filter = new StatsFilter(time("from", from), time("before", before), blankToNull(areaCode), null,
                null);
        filter.checkRange();
        dashboards.requireKnownArea(filter.areaCode());
        String filename = "ledger_" + (filter.areaCode() == null ? "all" : filter.areaCode()) + "_"
                + day(filter.from()) + "_" + day(filter.before()) + "." + ledgerFormat.extension;
        PersonalDataExports.Column partyNames = personalData.column(request, "Ledger.partyNames", PersonalKind.NAME);
        StreamingResponseBody body = out -> {
            try (LedgerWriter writer = ledgerFormat.open(out, LedgerRow.COLUMNS)) {
                int[] number = {0};
                ledger.disputes(filter, row -> writer.row(row.cells(++number[0], properties.zone(),
                        name -> partyNames.reveal("Dispute:" + row.disputeId(), name))));
            }
            partyNames.finish();
        };
        return ResponseEntity.ok()
            .contentType(ledgerFormat.mediaType)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename).build().toString())
            .body(body);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail badRequest(InvalidRequestException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
    }

    private OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("'" + name + "' is required: a date such as 2026-03-01 or a date-time "
                    + "such as 2026-03-01T00:00:00+08:00");
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(properties.zone()).toOffsetDateTime()
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("'" + name + "' is neither a date such as 2026-03-01 nor a date-time "
                    + "such as 2026-03-01T00:00:00+08:00: '" + value + "'");
        }
    }

    private String day(OffsetDateTime time) {
        return time.atZoneSameInstant(properties.zone()).toLocalDate().toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
