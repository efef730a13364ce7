package org.disputehub.synthetic;

/**
 * One record a dispute produces.
 *
 * @param escalation    a police call about a fight (殴打他人) rather than the dispute itself
 * @param byOtherParty  the other party, not the complainant, calls or reports this time
 */
record Step(Source source, long at, boolean escalation, boolean byOtherParty) {
}
