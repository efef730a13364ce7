package org.disputehub.hub.people;

import org.neo4j.driver.types.MapAccessor;

public record HouseholdView(String id, String address) {

    /** A Cypher map projection of a household with what this view reads. */
    public static final String PROPERTIES = "{.id, .address}";

    /** From a household node or a map of {@link #PROPERTIES}. */
    public static HouseholdView of(MapAccessor household) {
        return new HouseholdView(household.get("id").asString(), household.get("address").asString(null));
    }
}
