package org.openropa.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.problem.ApiException;
import org.openropa.common.paging.PageRequest;
import org.openropa.register.LinkSet;
import org.openropa.register.RegisterOwner;
import org.openropa.register.RegisterService;

import java.util.List;

@ApplicationScoped
public class SecurityMeasureService extends RegisterService<SecurityMeasure, SecurityMeasureRequest, SecurityMeasureResponse> {

    private final SecurityMeasureRepository entries;

    public SecurityMeasureService(RegisterService.Shared shared,
                                  SecurityMeasureRepository repository) {
        super(shared, repository, SecurityMeasure.TYPE, SecurityMeasure::new, SecurityMeasureRequest.class);
        this.entries = repository;
    }

    /** A page of the entries matching the filters. */
    public Listing<SecurityMeasureResponse> list(String organisationId, SecurityMeasureSearch search, PageRequest page) {
        return list(organisationId, entries.where(organisationId, search), entries.orderBy(search.sort()), page);
    }

    /** A page of the entries as they stood at the instant, filtered as they were then. */
    public Listing<com.fasterxml.jackson.databind.JsonNode> listAsAt(String organisationId, SecurityMeasureSearch search, java.time.Instant asAt,
                                                                      PageRequest page) {
        return listAsAt(organisationId, asAt, entries.snapshotFilter(search), search.sort(), entries.sortFields(), page);
    }

    @Override
    protected LinkSet apply(RegisterOwner organisation, SecurityMeasure m, SecurityMeasureRequest r) {
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
        return LinkSet.none();
    }

    @Override
    public SecurityMeasureResponse toResponse(SecurityMeasure m) {
        return SecurityMeasureResponse.of(m);
    }
}
