package org.disputehub.hub.investigation;

import org.disputehub.hub.people.PersonView;

/** The root of a person 360°; its lists are loaded for all profiles of a request at once. */
record PersonProfile(String id, String name, PersonView person) {

    static PersonProfile of(PersonView person) {
        return new PersonProfile(person.id(), person.name(), person);
    }
}
