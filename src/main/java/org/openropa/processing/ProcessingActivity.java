package org.openropa.processing;

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

import java.time.LocalDate;
import java.util.Map;

/** One row of the Record of Processing Activities. */
@Entity
@Table(name = "processing_activity")
public class ProcessingActivity extends OrganisationEntry {

    /** The register, named once: revisions, paths, messages and links use it. */
    public static final String NOUN = "processing activity";
    public static final EntryType TYPE = new EntryType("PROCESSING_ACTIVITY", "processing_activity", "name", NOUN, "processing activities", "processing-activities");

    public String name;
    public String description;

    @Column(name = "business_function")
    public String businessFunction;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    public RecordType recordType;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public Contact owner;

    @JdbcTypeCode(SqlTypes.JSON)
    public ActivityDetails details;

    /** The purposes' lawful bases, kept beside the details for the lawfulBasis filter. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lawful_bases")
    public String[] lawfulBases;

    /** Whether any category is special category data or an Article 9 condition is recorded. */
    @Column(name = "special_category")
    public boolean specialCategory;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "transfer_countries")
    public String[] transferCountries;

    /** Name, description and purposes in one lower-case text, for the q filter. */
    @Column(name = "search_text")
    public String searchText;

    @Column(name = "last_reviewed_date")
    public LocalDate lastReviewedDate;

    @Column(name = "next_review_date")
    public LocalDate nextReviewDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields")
    public Map<String, Object> customFields;

    @Override
    public String displayName() {
        return name;
    }
}
