package org.openropa.asset;

import org.openropa.register.LinkTables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.UUID;

/** Read-only view of the asset-to-measure link table, so list filters can use it in HQL (writes go through LinkTables). */
@Entity
@Immutable
@Table(name = "information_asset_security_measure")
@IdClass(InformationAssetMeasureLink.Key.class)
public class InformationAssetMeasureLink {

    @Id
    @Column(name = "information_asset_id")
    public UUID informationAssetId;

    @Id
    @Column(name = "security_measure_id")
    public UUID securityMeasureId;

    @Column(name = "organisation_id")
    public String organisationId;

    public int position;

    public record Key(UUID informationAssetId, UUID securityMeasureId) implements Serializable {
    }
}
