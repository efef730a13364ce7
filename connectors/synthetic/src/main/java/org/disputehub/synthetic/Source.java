package org.disputehub.synthetic;

/** The three channel systems, named as the truth files and the scorer name them. */
public enum Source {
    HOTLINE, PETITION, POLICE
}
