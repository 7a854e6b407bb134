package org.openropa.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openropa.register.EntryType;
import org.openropa.register.OrganisationEntry;

import java.time.LocalDate;
import java.util.List;

/** An entry of the security measures catalogue (Article 32). */
@Entity
@Table(name = "security_measure")
public class SecurityMeasure extends OrganisationEntry {

    /** The register, named once: revisions, paths, messages and links use it. */
    public static final String NOUN = "security measure";
    public static final EntryType TYPE = new EntryType("SECURITY_MEASURE", "security_measure", "name", NOUN, "security measures", "security-measures");

    public String name;
    public String description;

    @Enumerated(EnumType.STRING)
    public MeasureKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "article32_points")
    public List<Article32Point> article32Points;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Assurance> assurance;

    @Enumerated(EnumType.STRING)
    public MeasureStatus status;

    @Column(name = "last_reviewed_date")
    public LocalDate lastReviewedDate;

    @Column(name = "next_review_date")
    public LocalDate nextReviewDate;

    @Override
    public String displayName() {
        return name;
    }
}
