package org.disputehub.hub.investigation;

import java.time.OffsetDateTime;
import java.util.List;

import org.disputehub.hub.people.HouseholdView;
import org.disputehub.hub.people.PersonView;

/** A household a person was placed at, when (report times of the cases that placed them), and its other members. */
record HouseholdTie(HouseholdView household, OffsetDateTime firstSeenAt, OffsetDateTime lastSeenAt,
        List<Member> members) {

    record Member(PersonView person, OffsetDateTime firstSeenAt, OffsetDateTime lastSeenAt) {
    }
}
