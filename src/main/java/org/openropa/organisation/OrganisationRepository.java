package org.openropa.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.query.Sorting;
import org.openropa.common.query.Where;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

    /** Tables whose rows belong to an organisation, with the words a conflict message uses for them. */
    static final Map<String, String> OWNED_TABLES = new LinkedHashMap<>();

    static {
        OWNED_TABLES.put("processing_activity", "processing activities");
        OWNED_TABLES.put("information_asset", "information assets");
        OWNED_TABLES.put("retention_rule", "retention rules");
        OWNED_TABLES.put("security_measure", "security measures");
        OWNED_TABLES.put("custom_field", "custom field declarations");
    }

    private static final Map<String, String> SORTS = Map.of(
            "id", "o.id", "name", "lower(o.name)", "type", "o.type",
            "createdAt", "o.createdAt", "updatedAt", "o.updatedAt");

    public record Filter(OrganisationType type, String q, String sort) {
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

    /** What the organisation still holds, e.g. "3 retention rules, 1 information assets"; empty when nothing. */
    public String holdings(String organisationId) {
        if (OWNED_TABLES.isEmpty()) {
            return "";
        }
        StringBuilder select = new StringBuilder("select ");
        int i = 0;
        for (String table : OWNED_TABLES.keySet()) {
            if (i++ > 0) {
                select.append(", ");
            }
            select.append("(select count(*) from ").append(table).append(" where organisation_id = ?1)");
        }
        Object[] counts = (Object[]) getEntityManager().createNativeQuery(select.toString())
                .setParameter(1, organisationId).getSingleResult();
        StringBuilder held = new StringBuilder();
        i = 0;
        for (String words : OWNED_TABLES.values()) {
            long n = ((Number) counts[i++]).longValue();
            if (n > 0) {
                held.append(held.isEmpty() ? "" : ", ").append(n).append(' ').append(words);
            }
        }
        return held.toString();
    }
}
