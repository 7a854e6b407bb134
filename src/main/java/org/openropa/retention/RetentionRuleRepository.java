package org.openropa.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.RegisterRepository;

@ApplicationScoped
public class RetentionRuleRepository extends RegisterRepository<RetentionRule> {

    @Override
    protected String entityName() {
        return "RetentionRule";
    }
}
