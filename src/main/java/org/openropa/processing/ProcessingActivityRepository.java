package org.openropa.processing;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.RegisterRepository;

@ApplicationScoped
public class ProcessingActivityRepository extends RegisterRepository<ProcessingActivity> {

    @Override
    protected String entityName() {
        return "ProcessingActivity";
    }
}
