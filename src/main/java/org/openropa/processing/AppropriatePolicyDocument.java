package org.openropa.processing;

import jakarta.validation.constraints.Size;
import org.openropa.common.HttpUrl;

/** The appropriate policy document (DPA 2018 Schedule 1 Part 4) and whether retention follows it (paragraph 41). */
public record AppropriatePolicyDocument(
        @HttpUrl @Size(max = 2048) String url,
        Boolean compliant,
        @Size(max = 2000) String nonComplianceReason) {
}
