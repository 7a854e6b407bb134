package org.openropa.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openropa.register.EntryType;
import org.openropa.register.OrganisationEntry;

import java.util.List;

/** A field an organisation adds to its registers; its reference is the key values are stored under. */
@Entity
@Table(name = "custom_field")
public class CustomField extends OrganisationEntry {

    /** The register, named once: revisions, paths, messages and links use it. */
    public static final String NOUN = "custom field";
    public static final EntryType TYPE = new EntryType("CUSTOM_FIELD", "custom_field", "label", NOUN, "custom field declarations", "custom-fields");

    public String label;
    public String description;

    @Enumerated(EnumType.STRING)
    public CustomFieldType type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "allowed_values")
    public List<String> allowedValues;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "applies_to")
    public List<CustomFieldTarget> appliesTo;

    public boolean required;

    @Override
    public String displayName() {
        return label;
    }
}
