package org.openropa.organisation;

import org.openropa.register.RegisterOwner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openropa.common.Address;
import org.openropa.common.Contact;

import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "organisation")
public class Organisation implements RegisterOwner {

    @Id
    public String id;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationType type;

    @Column(name = "ico_registration_number")
    public String icoRegistrationNumber;

    @Column(name = "public_authority")
    public boolean publicAuthority;

    @Column(name = "employee_count")
    public Integer employeeCount;

    @JdbcTypeCode(SqlTypes.JSON)
    public Address address;

    public String email;
    public String phone;
    public String website;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data_protection_officer")
    public Contact dataProtectionOfficer;

    @JdbcTypeCode(SqlTypes.JSON)
    public Contact representative;

    @JdbcTypeCode(SqlTypes.JSON)
    public ComplaintsRoute complaints;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "business_functions")
    public List<BusinessFunction> businessFunctions;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Whether the organisation has a business function with this reference. */
    @Override
    public String organisationId() {
        return id;
    }

    @Override
    public boolean hasBusinessFunction(String reference) {
        return businessFunctions != null && businessFunctions.stream().anyMatch(f -> f.reference().equals(reference));
    }
}
