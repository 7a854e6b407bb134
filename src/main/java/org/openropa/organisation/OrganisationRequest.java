package org.openropa.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.common.Address;
import org.openropa.common.Contact;
import org.openropa.common.HttpUrl;

import java.util.List;

/** The writable fields of an organisation (create, replace, and the target of a merge patch). */
@Schema(name = "OrganisationRequest")
@JsonIgnoreProperties(value = {"createdAt", "updatedAt"})
public record OrganisationRequest(
        @Schema(description = "Short slug chosen by the caller; on replace it must equal the path or be left out",
                examples = "kings-lynn", maxLength = 63)
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$", message = "must be 2 to 63 lower-case letters, digits or hyphens, starting with a letter or digit")
        String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type,
        @Schema(examples = "ZA032549")
        @Size(max = 8) @Pattern(regexp = "^Z[A-Z0-9]{7}$", message = "must be Z followed by 7 capital letters or digits") String icoRegistrationNumber,
        @Schema(description = "Whether it is a public authority for UK GDPR; defaults from type (parish and town councils are not)")
        Boolean publicAuthority,
        @PositiveOrZero @jakarta.validation.constraints.Max(10_000_000) Integer employeeCount,
        @Valid Address address,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @HttpUrl @Size(max = 2048) String website,
        @Valid Contact dataProtectionOfficer,
        @Valid Contact representative,
        @Schema(description = "How people complain to the organisation about its use of personal data (DPA 2018 s.164A)") @Valid ComplaintsRoute complaints,
        @Size(max = 200) List<@NotNull @Valid BusinessFunction> businessFunctions) {
}
