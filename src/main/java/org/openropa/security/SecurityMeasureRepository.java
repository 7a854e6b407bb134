package org.openropa.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.RegisterRepository;

@ApplicationScoped
public class SecurityMeasureRepository extends RegisterRepository<SecurityMeasure> {

    @Override
    protected String entityName() {
        return "SecurityMeasure";
    }
}
