package org.disputehub.hub.linking;

import java.util.List;
import java.util.Map;

/**
 * The hub's links in the shape {@code ../shared/tools/eval_linking.py} scores: each mention's person and
 * household, each case's dispute, and the disputes flagged hot.
 */
public record LinkExport(List<Map<String, Object>> mentions, List<Map<String, Object>> cases,
        List<String> hotDisputes) {
}
