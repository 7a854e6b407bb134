package org.openropa.asset;

import org.openropa.common.http.Responses;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.problem.ApiException;
import org.openropa.register.EntryLink;
import org.openropa.common.problem.FieldError;
import org.openropa.register.LinkRef;
import org.openropa.register.LinkTables;
import org.openropa.register.LinkUsage;
import org.openropa.register.Links;
import org.openropa.register.RegisterService;
import org.openropa.customfield.CustomFieldTarget;
import org.openropa.customfield.CustomFieldValues;
import org.openropa.organisation.Organisation;
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

    private final RetentionRuleRepository rules;
    private final SecurityMeasureRepository measures;
    private final ReferenceData reference;
    private final CustomFieldValues customFields;
    private final LinkTables links;
    private final LinkUsage linkUsage;

    public InformationAssetService(RegisterService.Shared shared,
                                   InformationAssetRepository repository, RetentionRuleRepository rules,
                                   SecurityMeasureRepository measures, ReferenceData reference, CustomFieldValues customFields,
                                   LinkTables links, LinkUsage linkUsage) {
        super(shared, repository, "INFORMATION_ASSET", "information asset", InformationAsset::new, InformationAssetRequest.class);
        this.rules = rules;
        this.measures = measures;
        this.reference = reference;
        this.customFields = customFields;
        this.links = links;
        this.linkUsage = linkUsage;
    }

    @Override
    protected void apply(Organisation organisation, InformationAsset a, InformationAssetRequest r) {
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
        UUID ruleId = Links.resolveOne(rules, organisation.id, r.retentionRule(), "#/retentionRule", "retention rule", errors);
        List<UUID> measureIds = Links.resolveMany(measures, organisation.id, r.securityMeasures(), "#/securityMeasures",
                "security measure", errors);
        Map<String, Object> custom = null;
        try {
            custom = customFields.validate(organisation.id, CustomFieldTarget.INFORMATION_ASSET, r.customFields());
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
        a.securityMeasureIds = measureIds;
    }

    @Override
    protected void afterWrite(InformationAsset a, InformationAssetRequest r) {
        links.replace(Links.ASSET_MEASURES, a.organisationId, a.id, a.securityMeasureIds);
    }

    @Override
    public InformationAssetResponse toResponse(InformationAsset a) {
        return toResponses(List.of(a)).get(0);
    }

    /** Responses for a page of assets: three statements for their links, whatever the page size. */
    @Override
    public List<InformationAssetResponse> toResponses(List<InformationAsset> assets) {
        List<UUID> ids = assets.stream().map(a -> a.id).toList();
        Map<UUID, List<EntryLink>> measureLinks = links.targetsOf(Links.ASSET_MEASURES, ids);
        Map<UUID, List<EntryLink>> activityLinks = links.ownersOf(Links.ACTIVITY_ASSETS, "processing_activity", "name", ids);
        Map<UUID, EntryLink> ruleLinks = links.entries("retention_rule", "record_series", assets.stream().map(a -> a.retentionRuleId).toList());
        return assets.stream().map(a -> new InformationAssetResponse(a.id, a.reference, a.name, a.description, a.assetType,
                a.format, a.businessFunction, a.owner, a.administrator, a.supplier, a.hostingModel, a.location, a.hostingCountry,
                reference.adequacy(a.hostingCountry).orElse(null), a.securityClassification, a.handlingMarking,
                a.businessCriticality, a.vitalRecord, a.containsPersonalData, a.containsSpecialCategoryData,
                a.containsCriminalOffenceData, a.containsChildrensData, a.volumeBand, a.backup,
                a.accessControls == null ? List.of() : a.accessControls,
                a.retentionRuleId == null ? null : ruleLinks.get(a.retentionRuleId),
                measureLinks.getOrDefault(a.id, List.of()), activityLinks.getOrDefault(a.id, List.of()),
                a.status, a.lastReviewedDate, a.nextReviewDate, a.customFields == null ? Map.of() : a.customFields,
                a.createdAt, a.updatedAt)).toList();
    }

    @Override
    protected InformationAssetRequest toRequest(InformationAssetResponse x) {
        return new InformationAssetRequest(x.reference(), x.name(), x.description(), x.assetType(), x.format(),
                x.businessFunction(), x.owner(), x.administrator(), x.supplier(), x.hostingModel(), x.location(),
                x.hostingCountry(), x.securityClassification(), x.handlingMarking(), x.businessCriticality(), x.vitalRecord(),
                x.containsPersonalData(), x.containsSpecialCategoryData(), x.containsCriminalOffenceData(),
                x.containsChildrensData(), x.volumeBand(), x.backup(), x.accessControls(),
                LinkRef.from(x.retentionRule()),
                x.securityMeasures().stream().map(LinkRef::from).toList(),
                x.status(), x.lastReviewedDate(), x.nextReviewDate(), x.customFields());
    }

    @Override
    protected void checkDeletable(InformationAsset a) {
        linkUsage.refuseIfLinked(a.organisationId, "information asset", a.reference, LinkUsage.Target.INFORMATION_ASSET, a.id);
    }
}
