package org.openropa.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;

@ApplicationScoped
public class RetentionRuleRepository extends RegisterRepository<RetentionRule> {

    @Override
    protected String entityName() {
        return "RetentionRule";
    }
}
