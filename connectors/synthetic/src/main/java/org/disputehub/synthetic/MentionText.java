package org.disputehub.synthetic;

/** A person as one record writes them, with the noise applied; a row of truth/mention_text.csv. */
record MentionText(String name, String idNumber, String phone, String address, String role, String tags) {
}
