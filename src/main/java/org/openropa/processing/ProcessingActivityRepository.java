package org.openropa.processing;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;

@ApplicationScoped
public class ProcessingActivityRepository extends RegisterRepository<ProcessingActivity> {

    @Override
    protected String entityName() {
        return "ProcessingActivity";
    }
}
