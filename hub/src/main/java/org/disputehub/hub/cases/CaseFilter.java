package org.disputehub.hub.cases;

import java.time.OffsetDateTime;
import java.util.List;

import org.disputehub.connector.api.Source;

/** The {@code CaseFilter} input; every field is optional. */
public record CaseFilter(List<Source> source, String category, String status, String state, String areaCode,
        OffsetDateTime reportedFrom, OffsetDateTime reportedBefore) {
}
