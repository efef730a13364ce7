package org.disputehub.hub.investigation;

/** An argument outside what a query allows; the client is told why, as a bad request. */
class RejectedArgument extends RuntimeException {

    RejectedArgument(String message) {
        super(message);
    }
}
