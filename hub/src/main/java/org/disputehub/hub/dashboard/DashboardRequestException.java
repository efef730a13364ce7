package org.disputehub.hub.dashboard;

/** A dashboard query or export asked for something that cannot be answered; the message says what to fix. */
class DashboardRequestException extends RuntimeException {

    DashboardRequestException(String message) {
        super(message);
    }
}
