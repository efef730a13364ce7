package org.disputehub.hub.investigation;

import java.util.List;
import java.util.Map;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.disputes.DisputeView;
import org.disputehub.hub.people.PersonView;

/**
 * A person 360° as one read returned it. A list the request did not select was not read and is null (the cases
 * are read whenever co-parties are, who name their shared cases among them); GraphQL never asks for an unselected
 * one. {@code disputeOfCase} holds the id of each case's dispute (null for none).
 */
record PersonProfile(String id, String name, PersonView person, List<CaseView> cases, List<CoParty> coParties,
        List<HouseholdTie> households, List<DisputeView> disputes, Map<CaseView, String> disputeOfCase) {
}
