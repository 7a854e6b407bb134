package org.openropa.customfield;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;
import org.openropa.register.Snapshots;
import java.util.Map;
import org.openropa.common.query.QueryParams;
import org.openropa.common.query.Sorting;
import org.openropa.common.query.Where;

@ApplicationScoped
public class CustomFieldRepository extends RegisterRepository<CustomField> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "label", "lower(e.label)", "type", "e.type",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt");

    @Override
    protected String entityName() {
        return "CustomField";
    }

    /** The list's filters as a query. */
    public Where where(String organisationId, CustomFieldSearch s) {
        CustomFieldTarget target = QueryParams.enumValue(CustomFieldTarget.class, "appliesTo", s.appliesTo());
        return new Where(organisationId)
                .and("e.type = ?", QueryParams.enumValue(CustomFieldType.class, "type", s.type()))
                .and("function('jsonb_exists', e.appliesTo, ?) = true", target == null ? null : target.name())
                .search(s.q(), "e.reference", "e.label", "coalesce(e.description, '')");
    }

    /** The same filters over entries as history holds them, for the list as it stood at an instant. */
    public Snapshots.Filter snapshotFilter(CustomFieldSearch s) {
        return Snapshots.filter()
                .eq("type", QueryParams.enumValue(CustomFieldType.class, "type", s.type()))
                .anyEq("appliesTo", null, QueryParams.enumValue(CustomFieldTarget.class, "appliesTo", s.appliesTo()))
                .search(QueryParams.text("q", s.q(), QueryParams.MAX_TEXT), "reference", "label", "description");
    }

    public java.util.Set<String> sortFields() {
        return SORTS.keySet();
    }

    public String orderBy(String sort) {
        return Sorting.orderBy(sort, SORTS, "reference", "e.id");
    }

    /** How many entries of these registers hold a value for the field. */
    public long entriesWithValue(String organisationId, String fieldKey, java.util.List<org.openropa.register.EntryType> registers) {
        if (registers.isEmpty()) {
            return 0;
        }
        String sql = registers.stream().map(r -> "(select count(*) from " + r.table() + " where organisation_id = ?1 and jsonb_exists(custom_fields, ?2))")
                .collect(java.util.stream.Collectors.joining(" + ", "select ", ""));
        Number n = (Number) getEntityManager().createNativeQuery(sql).setParameter(1, organisationId).setParameter(2, fieldKey).getSingleResult();
        return n.longValue();
    }
}
