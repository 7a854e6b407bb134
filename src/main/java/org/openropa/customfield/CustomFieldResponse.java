package org.openropa.customfield;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterResponse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "CustomField", requiredProperties = {"id", "reference", "label", "type", "allowedValues", "appliesTo", "required", "createdAt", "updatedAt"})
public record CustomFieldResponse(UUID id, String reference, String label, String description, CustomFieldType type,
                                  List<String> allowedValues, List<CustomFieldTarget> appliesTo, boolean required,
                                  Instant createdAt, Instant updatedAt) implements RegisterResponse {

    static CustomFieldResponse of(CustomField f) {
        return new CustomFieldResponse(f.id, f.reference, f.label, f.description, f.type,
                f.allowedValues == null ? List.of() : f.allowedValues, f.appliesTo, f.required, f.createdAt, f.updatedAt);
    }
}
