package org.disputehub.hub.people;

import org.neo4j.driver.types.MapAccessor;

public record PersonView(String id, String name) {

    /** A Cypher map projection of a person with what this view reads. */
    public static final String PROPERTIES = "{.id, .name}";

    /** From a person node or a map of {@link #PROPERTIES}. */
    public static PersonView of(MapAccessor person) {
        return new PersonView(person.get("id").asString(), person.get("name").asString(null));
    }
}
