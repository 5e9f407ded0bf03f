package org.sitrep.model;

/** Coarse entity types; CoNLL's PER/ORG/LOC/MISC are a projection of these. */
public enum EntityType {
    PERSON, ORGANIZATION, ARMED_GROUP, COUNTRY, LOCATION, NATIONALITY, MISC;

    /** The CoNLL-2003 tag this type is scored as. */
    public String conllTag() {
        return switch (this) {
            case PERSON -> "PER";
            case ORGANIZATION, ARMED_GROUP -> "ORG";
            case COUNTRY, LOCATION -> "LOC";
            case NATIONALITY, MISC -> "MISC";
        };
    }
}
