package org.disputehub.connector.support;

/** A record that cannot be mapped; carries the quarantine reason code and a message for a person. */
public class RecordRejectedException extends RuntimeException {

    private final String reason;

    public RecordRejectedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
