package org.disputehub.connector.api;

/** Channel statuses folded onto the three states dashboards count with. */
public enum CaseState {
    OPEN, RESOLVED, REJECTED
}
