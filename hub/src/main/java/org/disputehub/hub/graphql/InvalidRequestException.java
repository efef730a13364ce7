package org.disputehub.hub.graphql;

/** A request the API cannot serve as asked; its message is meant for the caller and names what to change. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
