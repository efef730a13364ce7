package org.disputehub.connector.hotline.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.hotline.HotlineProperties;
import org.disputehub.connector.hotline.WorkOrderMapper;
import org.disputehub.connector.support.JsonRecords;
import org.disputehub.connector.support.RecordRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches one page of the work-order API and maps its items. The outcome of a failed request is told apart by
 * exception type: {@link RateLimitedException} and {@link TransientHotlineException} are worth retrying,
 * {@link HotlineAccessDeniedException} is not, and any other {@link HotlineApiException} fails this poll only.
 */
public class HotlineApiClient {

    static final String PATH = "/api/v1/work-orders";
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final RestClient rest;
    private final String endpoint;
    private final String token;
    private final int pageSize;
    private final WorkOrderMapper mapper = new WorkOrderMapper();

    public HotlineApiClient(HotlineProperties.Http properties) {
        Assert.hasText(properties.baseUrl(), "hub.sources.hotline.http.base-url must be set");
        Assert.hasText(properties.token(), "hub.sources.hotline.http.token must be set");
        this.endpoint = properties.baseUrl().replaceAll("/+$", "") + PATH;
        this.token = properties.token();
        this.pageSize = properties.pageSize();
        var requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        requestFactory.setReadTimeout(properties.timeout());
        this.rest = RestClient.builder().requestFactory(requestFactory).build();
    }

    /** The endpoint polled, also the resource named in the origin of every record read from it. */
    public String endpoint() {
        return endpoint;
    }

    /**
     * Fetches the page of orders updated after {@code updatedAfter}, starting at {@code cursor} (null for the
     * first page).
     */
    public HotlinePage fetch(OffsetDateTime updatedAfter, String cursor) {
        // values go in as URI variables so they are fully encoded: the offset's '+' must reach the server
        Map<String, Object> query = new HashMap<>();
        query.put("updatedAfter", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(updatedAfter));
        query.put("limit", pageSize);
        String uri = endpoint + "?updatedAfter={updatedAfter}";
        if (cursor != null) {
            query.put("cursor", cursor);
            uri += "&cursor={cursor}";
        }
        uri += "&limit={limit}";
        byte[] body;
        try {
            body = rest.get()
                .uri(uri, query)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> readBody(response));
        }
        catch (ResourceAccessException ex) {
            // connection refused or reset, timeouts: all IO failures of the exchange end up here
            throw new TransientHotlineException("Hotline API unreachable: " + ex.getMessage(), ex);
        }
        return readPage(body, cursor);
    }

    private static byte[] readBody(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status == 429) {
            throw new RateLimitedException(retryAfter(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
        }
        if (status == 401 || status == 403) {
            throw new HotlineAccessDeniedException("Hotline API refused the token: HTTP " + status);
        }
        if (status >= 500) {
            throw new TransientHotlineException("Hotline API failed: HTTP " + status);
        }
        if (status < 200 || status >= 300) {
            throw new HotlineApiException("Hotline API answered HTTP " + status);
        }
        return response.getBody().readAllBytes();
    }

    /** Retry-After is seconds, or an HTTP date; anything else gets the default wait. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        }
        catch (NumberFormatException notSeconds) {
            try {
                var until = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(until.getZone()), until);
                return wait.isNegative() ? Duration.ZERO : wait;
            }
            catch (DateTimeParseException notDate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
    }

    private HotlinePage readPage(byte[] body, String cursor) {
        JsonNode page;
        try {
            page = JSON.readTree(body);
        }
        catch (JacksonException ex) {
            throw new HotlineApiException("Hotline API answered with a body that is not JSON: "
                    + ex.getOriginalMessage(), ex);
        }
        JsonNode items = page == null ? null : page.get("items");
        if (items == null || !items.isArray()) {
            throw new HotlineApiException("Hotline API answered without an items array");
        }
        List<CaseRecord> cases = new ArrayList<>();
        List<QuarantinedRecord> quarantined = new ArrayList<>();
        OffsetDateTime lastUpdatedAt = null;
        for (JsonNode item : items) {
            Origin origin = origin(item, cursor);
            try {
                if (!item.isObject()) {
                    throw new RecordRejectedException(QuarantinedRecord.INVALID_VALUE, "item is not a JSON object");
                }
                CaseRecord record = mapper.map(item, origin);
                cases.add(record);
                lastUpdatedAt = later(lastUpdatedAt, record.updatedAt());
            }
            catch (RecordRejectedException ex) {
                // one bad item is kept aside; the rest of the page goes on
                quarantined.add(new QuarantinedRecord(Source.HOTLINE, origin, ex.reason(), ex.getMessage(),
                        item.toString()));
                lastUpdatedAt = later(lastUpdatedAt, readableUpdatedAt(item));
            }
        }
        String nextCursor = JsonRecords.text(page, "nextCursor");
        return new HotlinePage(cases, quarantined, nextCursor == null || nextCursor.isBlank() ? null : nextCursor,
                lastUpdatedAt);
    }

    private Origin origin(JsonNode item, String cursor) {
        String orderNo = item.isObject() ? JsonRecords.text(item, "orderNo") : null;
        String key = orderNo == null || orderNo.isBlank() ? "?" : orderNo.strip();
        return new Origin("http", endpoint, "orderNo:" + key + "@cursor:" + (cursor == null ? "-" : cursor));
    }

    /** A quarantined item still moves the watermark past it when its updatedAt can be read. */
    private static OffsetDateTime readableUpdatedAt(JsonNode item) {
        try {
            return item.isObject() ? JsonRecords.optionalTime(item, "updatedAt") : null;
        }
        catch (RecordRejectedException unreadable) {
            return null;
        }
    }

    private static OffsetDateTime later(OffsetDateTime current, OffsetDateTime candidate) {
        if (candidate == null) {
            return current;
        }
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
