package org.disputehub.connector.hotline.http;

/** HTTP 401/403: the token is wrong or revoked. Retrying cannot help; polling stops until someone acts. */
public class HotlineAccessDeniedException extends HotlineApiException {

    public HotlineAccessDeniedException(String message) {
        super(message);
    }
}
