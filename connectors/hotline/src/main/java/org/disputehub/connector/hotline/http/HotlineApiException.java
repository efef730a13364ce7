package org.disputehub.connector.hotline.http;

/** The hotline API did not deliver a page; the subclasses say whether trying again can help. */
public class HotlineApiException extends RuntimeException {

    public HotlineApiException(String message) {
        super(message);
    }

    public HotlineApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
