package org.openropa.organisation;

/** Kinds of body the register serves (domain.md 1.4). */
public enum OrganisationType {
    UNITARY, COUNTY, DISTRICT, LONDON_BOROUGH, METROPOLITAN_DISTRICT, COMBINED_AUTHORITY,
    PARISH_TOWN_COUNCIL, FIRE_AUTHORITY, OTHER_PUBLIC_BODY, PRIVATE_PROCESSOR;

    /** Parish and town councils are not public authorities for UK GDPR (DPA 2018 s.7(3)); nor is a private processor. */
    public boolean publicAuthorityByDefault() {
        return this != PARISH_TOWN_COUNCIL && this != PRIVATE_PROCESSOR;
    }
}
