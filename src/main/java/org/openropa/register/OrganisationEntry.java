package org.openropa.register;


import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** What every register entry has: a server UUID, its organisation, the organisation-unique reference people use, a version for ETags. */
@MappedSuperclass
public abstract class OrganisationEntry {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    public String reference;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The name a link to this entry shows beside its reference. */
    public abstract String displayName();
}
