package org.openropa.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;

@ApplicationScoped
public class SecurityMeasureRepository extends RegisterRepository<SecurityMeasure> {

    @Override
    protected String entityName() {
        return "SecurityMeasure";
    }
}
