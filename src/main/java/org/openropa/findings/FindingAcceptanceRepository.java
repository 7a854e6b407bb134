package org.openropa.findings;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;

import java.util.List;

@ApplicationScoped
public class FindingAcceptanceRepository extends RegisterRepository<FindingAcceptance> {

    @Override
    protected String entityName() {
        return "FindingAcceptance";
    }

    public List<FindingAcceptance> ofOrganisation(String organisationId) {
        return list("organisationId", organisationId);
    }
}
