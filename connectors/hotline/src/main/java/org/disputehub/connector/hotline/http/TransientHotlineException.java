package org.disputehub.connector.hotline.http;

/** A failure that may pass on its own (5xx, connection error, timeout): the fetch is retried with back-off. */
public class TransientHotlineException extends HotlineApiException {

    public TransientHotlineException(String message) {
        super(message);
    }

    public TransientHotlineException(String message, Throwable cause) {
        super(message, cause);
    }
}
