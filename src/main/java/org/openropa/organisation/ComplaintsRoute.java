package org.openropa.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.common.Address;
import org.openropa.common.HttpUrl;

/**
 * How people complain to the organisation about its use of their personal data (DPA 2018 s.164A, inserted by the
 * Data (Use and Access) Act 2025): the controller must make a route available and acknowledge a complaint within
 * 30 days. Privacy notices and exports print it.
 */
@Schema(name = "ComplaintsRoute")
public record ComplaintsRoute(
        @Schema(description = "Web page or online form for complaints", examples = "https://www.example.gov.uk/data-protection-complaints") @HttpUrl @Size(max = 2048) String url,
        @Email @Size(max = 254) String email,
        @Valid Address address,
        @Schema(description = "How to use the route, in the organisation's words", examples = "Use the online form or write to the Data Protection Officer; we acknowledge every complaint within 30 days.")
        @Size(max = 2000) String howToComplain) {
}
