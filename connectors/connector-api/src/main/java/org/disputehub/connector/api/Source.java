package org.disputehub.connector.api;

/** The channel a case came through. */
public enum Source {
    HOTLINE, PETITION, POLICE
}
