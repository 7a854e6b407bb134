package org.openropa.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openropa.common.Contact;
import org.openropa.register.EntryType;
import org.openropa.register.OrganisationEntry;
import org.openropa.reference.HandlingMarking;
import org.openropa.reference.SecurityClassification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An entry of the Information Asset Register. Its security measures are in information_asset_security_measure. */
@Entity
@Table(name = "information_asset")
public class InformationAsset extends OrganisationEntry {

    /** The register, named once: revisions, paths, messages and links use it. */
    public static final String NOUN = "information asset";
    public static final EntryType TYPE = new EntryType("INFORMATION_ASSET", "information_asset", "name", NOUN, "information assets", "information-assets");

    public String name;
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type")
    public AssetType assetType;

    @Enumerated(EnumType.STRING)
    public AssetFormat format;

    @Column(name = "business_function")
    public String businessFunction;

    @JdbcTypeCode(SqlTypes.JSON)
    public Contact owner;

    @JdbcTypeCode(SqlTypes.JSON)
    public Contact administrator;

    @JdbcTypeCode(SqlTypes.JSON)
    public Supplier supplier;

    @Enumerated(EnumType.STRING)
    @Column(name = "hosting_model")
    public HostingModel hostingModel;

    public String location;

    @Column(name = "hosting_country")
    public String hostingCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_classification")
    public SecurityClassification securityClassification;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_marking")
    public HandlingMarking handlingMarking;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_criticality")
    public BusinessCriticality businessCriticality;

    @Column(name = "vital_record")
    public boolean vitalRecord;

    @Column(name = "contains_personal_data")
    public boolean containsPersonalData;

    @Column(name = "contains_special_category")
    public boolean containsSpecialCategoryData;

    @Column(name = "contains_criminal_offence")
    public boolean containsCriminalOffenceData;

    @Column(name = "contains_children_data")
    public boolean containsChildrensData;

    @Enumerated(EnumType.STRING)
    @Column(name = "volume_band")
    public VolumeBand volumeBand;

    @JdbcTypeCode(SqlTypes.JSON)
    public Backup backup;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "access_controls")
    public List<AccessControl> accessControls;

    @Column(name = "retention_rule_id")
    public UUID retentionRuleId;

    @Enumerated(EnumType.STRING)
    public AssetStatus status;

    @Column(name = "last_reviewed_date")
    public LocalDate lastReviewedDate;

    @Column(name = "next_review_date")
    public LocalDate nextReviewDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields")
    public Map<String, Object> customFields;

    /** The measures a write resolved, kept until the service writes them to the link table. */

    @Override
    public String displayName() {
        return name;
    }
}
