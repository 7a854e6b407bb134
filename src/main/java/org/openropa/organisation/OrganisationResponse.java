package org.openropa.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.common.Address;
import org.openropa.common.Contact;

import java.time.Instant;
import java.util.List;

@Schema(name = "Organisation", requiredProperties = {"id", "name", "type", "publicAuthority", "businessFunctions", "createdAt", "updatedAt"})
public record OrganisationResponse(
        String id,
        String name,
        OrganisationType type,
        String icoRegistrationNumber,
        boolean publicAuthority,
        Integer employeeCount,
        Address address,
        String email,
        String phone,
        String website,
        Contact dataProtectionOfficer,
        Contact representative,
        ComplaintsRoute complaints,
        List<BusinessFunction> businessFunctions,
        Instant createdAt,
        Instant updatedAt) {

    public static OrganisationResponse of(Organisation o) {
        return new OrganisationResponse(o.id, o.name, o.type, o.icoRegistrationNumber, o.publicAuthority,
                o.employeeCount, o.address, o.email, o.phone, o.website, o.dataProtectionOfficer,
                o.representative, o.complaints, o.businessFunctions == null ? List.of() : o.businessFunctions,
                o.createdAt, o.updatedAt);
    }
}
