package org.openropa.processing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.UUID;

/** Read-only view of processing_activity_information_asset, so list filters can use it in HQL (writes go through the service). */
@Entity
@Immutable
@Table(name = "processing_activity_information_asset")
@IdClass(ActivityAssetLink.Key.class)
public class ActivityAssetLink {

    @Id
    @Column(name = "processing_activity_id")
    public UUID processingActivityId;

    @Id
    @Column(name = "information_asset_id")
    public UUID informationAssetId;

    public int position;

    @Column(name = "organisation_id")
    public String organisationId;

    public record Key(UUID processingActivityId, UUID informationAssetId) implements Serializable {
    }
}
