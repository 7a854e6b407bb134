package org.openropa.customfield;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.problem.ApiException;
import org.openropa.register.RegisterService;
import org.openropa.organisation.Organisation;

import java.util.List;

@ApplicationScoped
public class CustomFieldService extends RegisterService<CustomField, CustomFieldRequest, CustomFieldResponse> {

    private final CustomFieldRepository repository;

    public CustomFieldService(RegisterService.Shared shared,
                              CustomFieldRepository repository) {
        super(shared, repository, "CUSTOM_FIELD", "custom field", CustomField::new, CustomFieldRequest.class);
        this.repository = repository;
    }

    @Override
    protected void apply(Organisation organisation, CustomField f, CustomFieldRequest r) {
        List<String> allowed = r.allowedValues() == null ? List.of() : r.allowedValues().stream().distinct().toList();
        if (r.type() == CustomFieldType.ENUM && allowed.isEmpty()) {
            throw ApiException.invalid("#/allowedValues", "must list the values an ENUM field allows");
        }
        if (r.type() != CustomFieldType.ENUM && !allowed.isEmpty()) {
            throw ApiException.invalid("#/allowedValues", "is only for ENUM fields");
        }
        f.label = r.label().trim();
        f.description = r.description();
        f.type = r.type();
        f.allowedValues = allowed;
        f.appliesTo = r.appliesTo() == null || r.appliesTo().isEmpty() ? List.of(CustomFieldTarget.values())
                : r.appliesTo().stream().distinct().sorted().toList();
        f.required = Boolean.TRUE.equals(r.required());
    }

    @Override
    public CustomFieldResponse toResponse(CustomField f) {
        return CustomFieldResponse.of(f);
    }

    @Override
    protected CustomFieldRequest toRequest(CustomFieldResponse response) {
        return response.asRequest();
    }

    @Override
    protected void checkDeletable(CustomField f) {
        Number inUse = (Number) repository.getEntityManager().createNativeQuery("""
                        select (select count(*) from information_asset where organisation_id = ?1 and jsonb_exists(custom_fields, ?2))
                             + (select count(*) from processing_activity where organisation_id = ?1 and jsonb_exists(custom_fields, ?2))""")
                .setParameter(1, f.organisationId).setParameter(2, f.reference).getSingleResult();
        if (inUse.longValue() > 0) {
            throw ApiException.conflict("The custom field '" + f.reference + "' still has values in " + inUse
                    + " entries; remove them first.");
        }
    }
}
