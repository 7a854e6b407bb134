package org.openropa.processing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openropa.common.Contact;

/** For a processor record: a controller the organisation acts for (Article 30(2)(a)). */
public record ControllerActedFor(
        @NotBlank @Size(max = 300) String name,
        @Valid Contact contact,
        @Valid Contact representative,
        @Valid Contact dataProtectionOfficer) {
}
