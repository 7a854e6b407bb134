package org.openropa.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.query.Sorting;
import org.openropa.common.query.Where;
import org.openropa.register.EntryType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

    /** The fields the list sorts by. */
    static final java.util.Set<String> SORT_FIELDS = java.util.Set.of("id", "name", "type", "createdAt", "updatedAt");

    private static final Map<String, String> SORTS = Map.of(
            "id", "o.id", "name", "lower(o.name)", "type", "o.type",
            "createdAt", "o.createdAt", "updatedAt", "o.updatedAt");

    /** @param visible the organisations the caller covers, or null for every one */
    public record Filter(OrganisationType type, String q, String sort, java.util.Set<String> visible) {
    }

    public List<Organisation> list(Filter filter, int offset, int limit) {
        Parameters params = new Parameters();
        String where = where(filter, params);
        String order = Sorting.orderBy(filter.sort(), SORTS, "name", "o.id");
        return find("select o from Organisation o" + where + " order by " + order, params)
                .range(offset, offset + limit - 1).list();
    }

    public long count(Filter filter) {
        Parameters params = new Parameters();
        return find("select o from Organisation o" + where(filter, params), params).count();
    }

    private static String where(Filter filter, Parameters params) {
        StringBuilder sb = new StringBuilder(" where 1 = 1");
        if (filter.visible() != null) {
            sb.append(" and o.id in :visible");
            params.and("visible", filter.visible().isEmpty() ? java.util.Set.of("-") : filter.visible());
        }
        if (filter.type() != null) {
            sb.append(" and o.type = :type");
            params.and("type", filter.type());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            sb.append(" and (lower(o.name) like :q escape '\\' or o.id like :q escape '\\')");
            params.and("q", Where.containsPattern(filter.q()));
        }
        return sb.toString();
    }

    /** What the organisation still holds in its registers, e.g. "3 retention rules, 1 information asset"; empty when nothing. */
    public String holdings(String organisationId, List<EntryType> registers) {
        if (registers.isEmpty()) {
            return "";
        }
        String select = registers.stream().map(r -> "(select count(*) from " + r.table() + " where organisation_id = ?1)")
                .collect(Collectors.joining(", ", "select ", ""));
        Object result = getEntityManager().createNativeQuery(select).setParameter(1, organisationId).getSingleResult();
        Object[] counts = result instanceof Object[] row ? row : new Object[] {result};
        StringBuilder held = new StringBuilder();
        for (int i = 0; i < registers.size(); i++) {
            long n = ((Number) counts[i]).longValue();
            if (n > 0) {
                held.append(held.isEmpty() ? "" : ", ").append(n).append(' ').append(n == 1 ? registers.get(i).noun() : registers.get(i).plural());
            }
        }
        return held.toString();
    }
}
