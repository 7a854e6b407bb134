package org.openropa.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openropa.register.EntryType;
import org.openropa.register.OrganisationEntry;
import org.openropa.reference.DisposalAction;
import org.openropa.reference.RetentionTrigger;

import java.time.LocalDate;
import java.util.List;

/** One line of the retention schedule. */
@Entity
@Table(name = "retention_rule")
public class RetentionRule extends OrganisationEntry {

    /** The register, named once: revisions, paths, messages and links use it. */
    public static final String NOUN = "retention rule";
    public static final EntryType TYPE = new EntryType("RETENTION_RULE", "retention_rule", "record_series", NOUN, "retention rules", "retention-rules");

    @Column(name = "record_series")
    public String recordSeries;

    public String description;

    @Column(name = "business_function")
    public String function;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_event")
    public RetentionTrigger triggerEvent;

    @Column(name = "trigger_description")
    public String triggerDescription;

    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposal_action")
    public DisposalAction disposalAction;

    @Enumerated(EnumType.STRING)
    @Column(name = "rationale_type")
    public RationaleType rationaleType;

    @Column(name = "rationale_citation")
    public String rationaleCitation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_holds")
    public List<LegalHold> legalHolds;

    @Enumerated(EnumType.STRING)
    public RetentionRuleStatus status;

    @Column(name = "last_reviewed_date")
    public LocalDate lastReviewedDate;

    @Column(name = "next_review_date")
    public LocalDate nextReviewDate;

    @Override
    public String displayName() {
        return recordSeries;
    }
}
