package org.openropa.register;

import org.openropa.common.problem.ApiException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Finds which entries link to an entry, so a delete that would break a link is refused with 409 naming them. */
@ApplicationScoped
public class LinkUsage {

    public enum Target { RETENTION_RULE, SECURITY_MEASURE, INFORMATION_ASSET }

    private record Source(String noun, String sql) {
    }

    private final EntityManager em;

    public LinkUsage(EntityManager em) {
        this.em = em;
    }

    private static List<Source> sources(Target target) {
        return switch (target) {
            case RETENTION_RULE -> List.of(
                    new Source("information asset", "select a.reference from information_asset a where a.organisation_id = ?1 and a.retention_rule_id = ?2"),
                    new Source("processing activity", "select p.reference from processing_activity p join processing_activity_retention_rule l on l.processing_activity_id = p.id where l.organisation_id = ?1 and l.retention_rule_id = ?2"));
            case SECURITY_MEASURE -> List.of(
                    new Source("information asset", "select a.reference from information_asset a join information_asset_security_measure l on l.information_asset_id = a.id where l.organisation_id = ?1 and l.security_measure_id = ?2"),
                    new Source("processing activity", "select p.reference from processing_activity p join processing_activity_security_measure l on l.processing_activity_id = p.id where l.organisation_id = ?1 and l.security_measure_id = ?2"));
            case INFORMATION_ASSET -> List.of(
                    new Source("processing activity", "select p.reference from processing_activity p join processing_activity_information_asset l on l.processing_activity_id = p.id where l.organisation_id = ?1 and l.information_asset_id = ?2"));
        };
    }

    public void refuseIfLinked(String organisationId, String noun, String reference, Target target, UUID id) {
        List<String> users = new ArrayList<>();
        int total = 0;
        for (Source source : sources(target)) {
            @SuppressWarnings("unchecked")
            List<String> refs = em.createNativeQuery(source.sql() + " order by 1").setParameter(1, organisationId)
                    .setParameter(2, id).getResultList();
            total += refs.size();
            if (!refs.isEmpty()) {
                List<String> shown = refs.subList(0, Math.min(20, refs.size()));
                users.add(source.noun() + (refs.size() == 1 ? " " : "s ") + String.join(", ", shown)
                        + (refs.size() > shown.size() ? " and " + (refs.size() - shown.size()) + " more" : ""));
            }
        }
        if (total > 0) {
            throw ApiException.conflict("The " + noun + " '" + reference + "' is still linked from " + String.join("; ", users)
                    + ". Remove those links first.");
        }
    }
}
