package org.disputehub.hub.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hotline work-order API as SOURCES.md describes it, serving the bundled sample: ascending
 * {@code updatedAt} (ties by {@code orderNo}), opaque cursors, bearer token. Lines that are not valid work
 * orders are served as they are, so the demo shows quarantine too.
 */
@RestController
@RequestMapping("/demo/hotline/api/v1")
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
public class HotlineApiSimulator {

    private static final String SAMPLE = "classpath:demo/hotline/work-orders.jsonl";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String token;
    private final List<Item> items = new ArrayList<>();

    HotlineApiSimulator(DemoProperties properties, ResourceLoader resources) throws IOException {
        this.token = properties.hotlineToken();
        Resource workOrders = resources.getResource(SAMPLE);
        try (var reader = new BufferedReader(new InputStreamReader(workOrders.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    items.add(new Item(OffsetDateTime.parse(node.get("updatedAt").asString()),
                            node.path("orderNo").asString(""), node));
                }
                catch (RuntimeException unreadable) {
                    // A broken sample line has no updatedAt to sort by: the API leaves it out.
                }
            }
        }
        items.sort(Comparator.comparing(Item::updatedAt).thenComparing(Item::orderNo));
    }

    @GetMapping("/work-orders")
    ResponseEntity<Map<String, Object>> workOrders(@RequestHeader(name = "Authorization", required = false) String auth,
            @RequestParam OffsetDateTime updatedAfter, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        if (!("Bearer " + token).equals(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        int from = cursor == null || cursor.isBlank() ? 0 : Integer.parseInt(cursor);
        List<JsonNode> newer = items.stream().filter(item -> item.updatedAt().isAfter(updatedAfter))
            .map(Item::node).toList();
        int to = Math.min(newer.size(), from + Math.max(1, Math.min(limit, 500)));
        Map<String, Object> page = new java.util.LinkedHashMap<>();
        page.put("items", from < to ? newer.subList(from, to) : List.of());
        page.put("nextCursor", to < newer.size() ? String.valueOf(to) : null);
        return ResponseEntity.ok(page);
    }

    private record Item(OffsetDateTime updatedAt, String orderNo, JsonNode node) {
    }
}
