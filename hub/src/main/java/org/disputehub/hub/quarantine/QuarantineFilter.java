package org.disputehub.hub.quarantine;

public record QuarantineFilter(String source, String reason) {
}
