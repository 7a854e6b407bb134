package org.openropa.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.problem.ApiException;
import org.openropa.register.LinkUsage;
import org.openropa.register.RegisterService;
import org.openropa.organisation.Organisation;

import java.util.List;

@ApplicationScoped
public class SecurityMeasureService extends RegisterService<SecurityMeasure, SecurityMeasureRequest, SecurityMeasureResponse> {

    private final LinkUsage linkUsage;

    public SecurityMeasureService(RegisterService.Shared shared,
                                  SecurityMeasureRepository repository, LinkUsage linkUsage) {
        super(shared, repository, "SECURITY_MEASURE", "security measure", SecurityMeasure::new, SecurityMeasureRequest.class);
        this.linkUsage = linkUsage;
    }

    @Override
    protected void apply(Organisation organisation, SecurityMeasure m, SecurityMeasureRequest r) {
        if (r.assurance() != null) {
            for (int i = 0; i < r.assurance().size(); i++) {
                Assurance a = r.assurance().get(i);
                if (a.achievedDate() != null && a.expiryDate() != null && a.expiryDate().isBefore(a.achievedDate())) {
                    throw ApiException.invalid("#/assurance/" + i + "/expiryDate", "must not be before achievedDate");
                }
            }
        }
        m.name = r.name().trim();
        m.description = r.description();
        m.kind = r.kind();
        m.article32Points = r.article32Points() == null ? List.of() : r.article32Points().stream().distinct().sorted().toList();
        m.visibility = r.visibility() == null ? Visibility.INTERNAL : r.visibility();
        m.assurance = r.assurance() == null ? List.of() : List.copyOf(r.assurance());
        m.status = r.status() == null ? MeasureStatus.ACTIVE : r.status();
        m.lastReviewedDate = r.lastReviewedDate();
        m.nextReviewDate = r.nextReviewDate();
    }

    @Override
    public SecurityMeasureResponse toResponse(SecurityMeasure m) {
        return SecurityMeasureResponse.of(m);
    }

    @Override
    protected SecurityMeasureRequest toRequest(SecurityMeasureResponse response) {
        return response.asRequest();
    }

    @Override
    protected void checkDeletable(SecurityMeasure m) {
        linkUsage.refuseIfLinked(m.organisationId, "security measure", m.reference, LinkUsage.Target.SECURITY_MEASURE, m.id);
    }
}
