package org.openropa.processing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.UUID;

/** Read-only view of processing_activity_retention_rule, so list filters can use it in HQL (writes go through the service). */
@Entity
@Immutable
@Table(name = "processing_activity_retention_rule")
@IdClass(ActivityRuleLink.Key.class)
public class ActivityRuleLink {

    @Id
    @Column(name = "processing_activity_id")
    public UUID processingActivityId;

    @Id
    @Column(name = "position")
    public int position;

    @Column(name = "retention_rule_id")
    public UUID retentionRuleId;

    @Column(name = "personal_data_category")
    public String personalDataCategory;

    @Column(name = "organisation_id")
    public String organisationId;

    public record Key(UUID processingActivityId, int position) implements Serializable {
    }
}
