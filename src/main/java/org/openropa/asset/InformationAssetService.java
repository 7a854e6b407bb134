package org.openropa.asset;


import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.problem.ApiException;
import org.openropa.register.EntryLink;
import org.openropa.common.problem.FieldError;
import org.openropa.common.paging.PageRequest;
import org.openropa.register.LinkDeclaration;
import org.openropa.register.LinkRefs;
import org.openropa.register.LinkSet;
import org.openropa.register.RegisterOwner;
import org.openropa.register.RegisterService;
import org.openropa.register.Registers;
import org.openropa.retention.RetentionRule;
import org.openropa.security.SecurityMeasure;
import org.openropa.customfield.CustomFieldTarget;
import org.openropa.customfield.CustomFieldValues;
import org.openropa.reference.HandlingMarking;
import org.openropa.reference.ReferenceData;
import org.openropa.reference.ReferenceList;
import org.openropa.reference.SecurityClassification;
import org.openropa.retention.RetentionRuleRepository;
import org.openropa.security.SecurityMeasureRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class InformationAssetService extends RegisterService<InformationAsset, InformationAssetRequest, InformationAssetResponse> {

    /** The retention rule an asset's records follow (a column of the asset). */
    public static final LinkDeclaration RETENTION_RULE = LinkDeclaration.column(InformationAsset.TYPE, RetentionRule.TYPE, "retention_rule_id");
    /** The security measures protecting an asset. */
    public static final LinkDeclaration SECURITY_MEASURES = LinkDeclaration.table(InformationAsset.TYPE, SecurityMeasure.TYPE,
            "information_asset_security_measure", "information_asset_id", "security_measure_id");
    /** The register whose entries an asset shows as linking to it. */
    private static final String PROCESSING_ACTIVITY = "PROCESSING_ACTIVITY";

    private final InformationAssetRepository assets;
    private final RetentionRuleRepository rules;
    private final SecurityMeasureRepository measures;
    private final ReferenceData reference;
    private final CustomFieldValues customFields;
    private final Registers registers;

    public InformationAssetService(RegisterService.Shared shared,
                                   InformationAssetRepository repository, RetentionRuleRepository rules,
                                   SecurityMeasureRepository measures, ReferenceData reference, CustomFieldValues customFields,
                                   Registers registers) {
        super(shared, repository, InformationAsset.TYPE, InformationAsset::new, InformationAssetRequest.class);
        this.assets = repository;
        this.rules = rules;
        this.measures = measures;
        this.reference = reference;
        this.customFields = customFields;
        this.registers = registers;
    }

    @Override
    public List<LinkDeclaration> links() {
        return List.of(RETENTION_RULE, SECURITY_MEASURES);
    }

    /** A page of the register matching the filters. */
    public Listing<InformationAssetResponse> list(String organisationId, InformationAssetSearch search, PageRequest page) {
        return list(organisationId, assets.where(organisationId, search), assets.orderBy(search.sort()), page);
    }

    /** A page of the entries as they stood at the instant, filtered as they were then. */
    public Listing<com.fasterxml.jackson.databind.JsonNode> listAsAt(String organisationId, InformationAssetSearch search, java.time.Instant asAt,
                                                                      PageRequest page) {
        return listAsAt(organisationId, asAt, assets.snapshotFilter(search), search.sort(), assets.sortFields(), page);
    }

    @Override
    protected LinkSet apply(RegisterOwner organisation, InformationAsset a, InformationAssetRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.businessFunction() != null && !organisation.hasBusinessFunction(r.businessFunction())) {
            errors.add(new FieldError("#/businessFunction", "is not one of the organisation's business functions"));
        }
        if (r.hostingCountry() != null && !reference.contains(ReferenceList.COUNTRIES, r.hostingCountry())) {
            errors.add(new FieldError("#/hostingCountry", "'" + r.hostingCountry() + "' is not a code in /v1/reference/countries"));
        }
        if (r.securityClassification() != null && r.securityClassification() != SecurityClassification.OFFICIAL
                && r.handlingMarking() == HandlingMarking.OFFICIAL_SENSITIVE) {
            errors.add(new FieldError("#/handlingMarking", "OFFICIAL-SENSITIVE marks OFFICIAL information only"));
        }
        UUID ruleId = LinkRefs.resolveOne(rules, organisation.organisationId(), r.retentionRule(), "#/retentionRule", "retention rule", errors);
        List<UUID> measureIds = LinkRefs.resolveMany(measures, organisation.organisationId(), r.securityMeasures(), "#/securityMeasures",
                "security measure", errors);
        Map<String, Object> custom = null;
        try {
            custom = customFields.validate(organisation.organisationId(), CustomFieldTarget.INFORMATION_ASSET, r.customFields());
        } catch (ApiException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        a.name = r.name().trim();
        a.description = r.description();
        a.assetType = r.assetType();
        a.format = r.format();
        a.businessFunction = r.businessFunction();
        a.owner = r.owner();
        a.administrator = r.administrator();
        a.supplier = r.supplier();
        a.hostingModel = r.hostingModel();
        a.location = r.location();
        a.hostingCountry = r.hostingCountry() == null ? null : reference.find(ReferenceList.COUNTRIES, r.hostingCountry()).orElseThrow().code();
        a.securityClassification = r.securityClassification() == null ? SecurityClassification.OFFICIAL : r.securityClassification();
        a.handlingMarking = r.handlingMarking() == null ? HandlingMarking.NONE : r.handlingMarking();
        a.businessCriticality = r.businessCriticality();
        a.vitalRecord = Boolean.TRUE.equals(r.vitalRecord());
        a.containsPersonalData = Boolean.TRUE.equals(r.containsPersonalData());
        a.containsSpecialCategoryData = Boolean.TRUE.equals(r.containsSpecialCategoryData());
        a.containsCriminalOffenceData = Boolean.TRUE.equals(r.containsCriminalOffenceData());
        a.containsChildrensData = Boolean.TRUE.equals(r.containsChildrensData());
        a.volumeBand = r.volumeBand();
        a.backup = r.backup();
        a.accessControls = r.accessControls() == null ? List.of() : r.accessControls().stream().distinct().toList();
        a.retentionRuleId = ruleId;
        a.status = r.status() == null ? AssetStatus.ACTIVE : r.status();
        a.lastReviewedDate = r.lastReviewedDate();
        a.nextReviewDate = r.nextReviewDate();
        a.customFields = custom;
        return LinkSet.none().withIds(SECURITY_MEASURES, measureIds);
    }

    @Override
    public InformationAssetResponse toResponse(InformationAsset a) {
        return toResponses(List.of(a)).get(0);
    }

    /** Responses for a page of assets: three statements for their links, whatever the page size. */
    @Override
    public List<InformationAssetResponse> toResponses(List<InformationAsset> assets) {
        List<UUID> ids = assets.stream().map(a -> a.id).toList();
        Map<UUID, List<EntryLink>> measureLinks = linkRepository().entriesOf(SECURITY_MEASURES, ids);
        Map<UUID, List<EntryLink>> ruleLinks = linkRepository().entriesOf(RETENTION_RULE, ids);
        // The activities that use each asset: the back-link of every link the processing register declares to assets.
        Map<UUID, List<EntryLink>> activityLinks = new java.util.HashMap<>();
        for (LinkDeclaration link : registers.linksTo(InformationAsset.TYPE)) {
            if (link.owner().code().equals(PROCESSING_ACTIVITY)) {
                linkRepository().ownersOf(link, ids).forEach((asset, users) ->
                        activityLinks.merge(asset, users, (x, y) -> java.util.stream.Stream.concat(x.stream(), y.stream()).toList()));
            }
        }
        return assets.stream().map(a -> new InformationAssetResponse(a.id, a.reference, a.name, a.description, a.assetType,
                a.format, a.businessFunction, a.owner, a.administrator, a.supplier, a.hostingModel, a.location, a.hostingCountry,
                reference.adequacy(a.hostingCountry).orElse(null), a.securityClassification, a.handlingMarking,
                a.businessCriticality, a.vitalRecord, a.containsPersonalData, a.containsSpecialCategoryData,
                a.containsCriminalOffenceData, a.containsChildrensData, a.volumeBand, a.backup,
                a.accessControls == null ? List.of() : a.accessControls,
                ruleLinks.getOrDefault(a.id, List.of()).stream().findFirst().orElse(null),
                measureLinks.getOrDefault(a.id, List.of()), activityLinks.getOrDefault(a.id, List.of()),
                a.status, a.lastReviewedDate, a.nextReviewDate, a.customFields == null ? Map.of() : a.customFields,
                a.createdAt, a.updatedAt)).toList();
    }
}
