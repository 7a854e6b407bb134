package org.openropa.customfield;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.problem.ApiException;
import org.openropa.common.paging.PageRequest;
import org.openropa.register.LinkSet;
import org.openropa.register.RegisterOwner;
import org.openropa.register.EntryType;
import org.openropa.register.RegisterService;
import org.openropa.register.Registers;

import java.util.Arrays;

import java.util.List;

@ApplicationScoped
public class CustomFieldService extends RegisterService<CustomField, CustomFieldRequest, CustomFieldResponse> {

    private final CustomFieldRepository entries;

    private final Registers registers;

    public CustomFieldService(RegisterService.Shared shared, CustomFieldRepository repository, Registers registers) {
        super(shared, repository, CustomField.TYPE, CustomField::new, CustomFieldRequest.class);
        this.entries = repository;
        this.registers = registers;
    }

    /** A page of the entries matching the filters. */
    public Listing<CustomFieldResponse> list(String organisationId, CustomFieldSearch search, PageRequest page) {
        return list(organisationId, entries.where(organisationId, search), entries.orderBy(search.sort()), page);
    }

    /** A page of the entries as they stood at the instant, filtered as they were then. */
    public Listing<com.fasterxml.jackson.databind.JsonNode> listAsAt(String organisationId, CustomFieldSearch search, java.time.Instant asAt,
                                                                      PageRequest page) {
        return listAsAt(organisationId, asAt, entries.snapshotFilter(search), search.sort(), entries.sortFields(), page);
    }

    @Override
    protected LinkSet apply(RegisterOwner organisation, CustomField f, CustomFieldRequest r) {
        List<String> allowed = r.allowedValues() == null ? List.of() : r.allowedValues().stream().distinct().toList();
        if (r.type() == CustomFieldType.ENUM && allowed.isEmpty()) {
            throw ApiException.invalid("#/allowedValues", "must list the values an ENUM field allows");
        }
        if (r.type() != CustomFieldType.ENUM && !allowed.isEmpty()) {
            throw ApiException.invalid("#/allowedValues", "is only for ENUM fields");
        }
        f.label = r.label().trim();
        f.description = r.description();
        f.type = r.type();
        f.allowedValues = allowed;
        f.appliesTo = r.appliesTo() == null || r.appliesTo().isEmpty() ? List.of(CustomFieldTarget.values())
                : r.appliesTo().stream().distinct().sorted().toList();
        f.required = Boolean.TRUE.equals(r.required());
        return LinkSet.none();
    }

    @Override
    public CustomFieldResponse toResponse(CustomField f) {
        return CustomFieldResponse.of(f);
    }

    /** A field whose values entries still hold cannot be deleted: the values would be orphaned. */
    @Override
    protected void checkDeletable(CustomField f) {
        List<EntryType> carriers = registers.entryTypes().stream()
                .filter(t -> Arrays.stream(CustomFieldTarget.values()).anyMatch(target -> target.name().equals(t.code()))).toList();
        long inUse = entries.entriesWithValue(f.organisationId, f.reference, carriers);
        if (inUse > 0) {
            throw ApiException.conflict("The custom field '" + f.reference + "' still has values in " + inUse
                    + " entries; remove them first.");
        }
    }
}
