package org.openropa.customfield;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;

@ApplicationScoped
public class CustomFieldRepository extends RegisterRepository<CustomField> {

    @Override
    protected String entityName() {
        return "CustomField";
    }
}
