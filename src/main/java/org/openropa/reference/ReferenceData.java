package org.openropa.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reference lists, read once from the database (they change only by migration) and kept in memory,
 * so validating a code or showing a country's adequacy costs no query.
 */
@ApplicationScoped
public class ReferenceData {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private volatile Map<ReferenceList, Map<String, ReferenceEntry>> lists;

    public ReferenceData(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public List<ReferenceEntry> list(ReferenceList list) {
        return List.copyOf(all().get(list).values());
    }

    public Optional<ReferenceEntry> find(ReferenceList list, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Map<String, ReferenceEntry> entries = all().get(list);
        ReferenceEntry entry = entries.get(code);
        return Optional.ofNullable(entry != null ? entry : entries.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Whether the list has the code (countries may be given in lower case). */
    public boolean contains(ReferenceList list, String code) {
        return find(list, code).isPresent();
    }

    /** The codes as the list spells them; unknown codes are kept as given. */
    public List<String> canonical(ReferenceList list, List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(c -> find(list, c).map(ReferenceEntry::code).orElse(c)).distinct().toList();
    }

    /** UK adequacy of a destination in the countries list; empty for an unknown code. */
    public Optional<Adequacy> adequacy(String countryCode) {
        return find(ReferenceList.COUNTRIES, countryCode).map(ReferenceEntry::adequacy);
    }

    private Map<ReferenceList, Map<String, ReferenceEntry>> all() {
        Map<ReferenceList, Map<String, ReferenceEntry>> loaded = lists;
        if (loaded == null) {
            synchronized (this) {
                if (lists == null) {
                    lists = load();
                }
                loaded = lists;
            }
        }
        return loaded;
    }

    Map<ReferenceList, Map<String, ReferenceEntry>> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select list, code, label, description, source, cast(attributes as text) from reference_entry order by list, position")
                .getResultList();
        Map<ReferenceList, Map<String, ReferenceEntry>> result = new EnumMap<>(ReferenceList.class);
        for (ReferenceList list : ReferenceList.values()) {
            result.put(list, new LinkedHashMap<>());
        }
        for (Object[] row : rows) {
            Optional<ReferenceList> list = ReferenceList.byPath((String) row[0]);
            if (list.isEmpty()) {
                continue;
            }
            try {
                ObjectNode node = (ObjectNode) mapper.readTree((String) row[5]);
                node.put("code", (String) row[1]).put("label", (String) row[2])
                        .put("description", (String) row[3]).put("source", (String) row[4]);
                result.get(list.get()).put((String) row[1], mapper.treeToValue(node, ReferenceEntry.class));
            } catch (Exception e) {
                throw new IllegalStateException("Reference entry " + row[0] + "/" + row[1] + " cannot be read", e);
            }
        }
        result.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return result;
    }
}
