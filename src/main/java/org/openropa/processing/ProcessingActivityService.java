package org.openropa.processing;


import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.asset.InformationAssetRepository;
import org.openropa.common.problem.ApiException;
import org.openropa.register.EntryLink;
import org.openropa.common.problem.FieldError;
import org.openropa.common.paging.PageRequest;
import org.openropa.register.LinkDeclaration;
import org.openropa.register.LinkRefs;
import org.openropa.register.LinkSet;
import org.openropa.register.LinkTarget;
import org.openropa.register.LinkedEntry;
import org.openropa.register.RegisterOwner;
import org.openropa.register.RegisterService;
import org.openropa.asset.InformationAsset;
import org.openropa.security.SecurityMeasure;
import org.openropa.customfield.CustomFieldTarget;
import org.openropa.customfield.CustomFieldValues;
import org.openropa.reference.Adequacy;
import org.openropa.reference.LawfulBasis;
import org.openropa.reference.ReferenceData;
import org.openropa.reference.ReferenceEntry;
import org.openropa.reference.ReferenceList;
import org.openropa.retention.RetentionRule;
import org.openropa.retention.RetentionRuleRepository;
import org.openropa.retention.RetentionSummary;
import org.openropa.security.SecurityMeasureRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Record of Processing Activities. A save records what is true, gaps included (the law's rules are
 * reported as findings); what cannot be meaningful is refused: unknown codes, links to entries that do not
 * exist in the organisation, a PROCESSOR record without a controller.
 */
@ApplicationScoped
public class ProcessingActivityService
        extends RegisterService<ProcessingActivity, ProcessingActivityRequest, ProcessingActivityResponse> {

    private static final Adequacy INTERNATIONAL_ORGANISATION = new Adequacy("NONE",
            "No UK adequacy regulations cover this international organisation: the transfer needs an Article 46 safeguard or an Article 49 exception.",
            null);

    /** The retention rules an activity follows, each optionally for one of its personal data categories. */
    public static final LinkDeclaration RETENTION_RULES = LinkDeclaration.table(ProcessingActivity.TYPE, RetentionRule.TYPE,
            "processing_activity_retention_rule", "processing_activity_id", "retention_rule_id").qualifiedBy("personal_data_category");
    /** The security measures protecting an activity's data. */
    public static final LinkDeclaration SECURITY_MEASURES = LinkDeclaration.table(ProcessingActivity.TYPE, SecurityMeasure.TYPE,
            "processing_activity_security_measure", "processing_activity_id", "security_measure_id");
    /** The information assets an activity's data is held in. */
    public static final LinkDeclaration INFORMATION_ASSETS = LinkDeclaration.table(ProcessingActivity.TYPE, InformationAsset.TYPE,
            "processing_activity_information_asset", "processing_activity_id", "information_asset_id");

    private final ProcessingActivityRepository activities;
    private final RetentionRuleRepository rules;
    private final SecurityMeasureRepository measures;
    private final InformationAssetRepository assets;
    private final ReferenceData reference;
    private final CustomFieldValues customFields;

    public ProcessingActivityService(RegisterService.Shared shared,
                                     ProcessingActivityRepository repository, RetentionRuleRepository rules,
                                     SecurityMeasureRepository measures, InformationAssetRepository assets,
                                     ReferenceData reference, CustomFieldValues customFields) {
        super(shared, repository, ProcessingActivity.TYPE, ProcessingActivity::new, ProcessingActivityRequest.class);
        this.activities = repository;
        this.rules = rules;
        this.measures = measures;
        this.assets = assets;
        this.reference = reference;
        this.customFields = customFields;
    }

    @Override
    public List<LinkDeclaration> links() {
        return List.of(RETENTION_RULES, SECURITY_MEASURES, INFORMATION_ASSETS);
    }

    /** A page of the record matching the filters. */
    public Listing<ProcessingActivityResponse> list(String organisationId, ProcessingActivitySearch search, PageRequest page) {
        return list(organisationId, activities.where(organisationId, search), activities.orderBy(search.sort()), page);
    }

    /** A page of the entries as they stood at the instant, filtered as they were then. */
    public Listing<com.fasterxml.jackson.databind.JsonNode> listAsAt(String organisationId, ProcessingActivitySearch search, java.time.Instant asAt,
                                                                      PageRequest page) {
        return listAsAt(organisationId, asAt, activities.snapshotFilter(search), search.sort(), activities.sortFields(), page);
    }

    @Override
    protected LinkSet apply(RegisterOwner organisation, ProcessingActivity a, ProcessingActivityRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.businessFunction() != null && !organisation.hasBusinessFunction(r.businessFunction())) {
            errors.add(new FieldError("#/businessFunction", "is not one of the organisation's business functions"));
        }
        RecordType recordType = r.recordType() == null ? RecordType.CONTROLLER : r.recordType();
        if (recordType == RecordType.PROCESSOR && (r.controllers() == null || r.controllers().isEmpty())) {
            errors.add(new FieldError("#/controllers", "a PROCESSOR record must name at least one controller it acts for"));
        }
        Regime regime = r.regime() == null ? Regime.UK_GDPR : r.regime();
        RegimeRules.check(regime, r, reference, errors);
        checkCodes(ReferenceList.SCHEDULE_1_CONDITIONS, r.schedule1Conditions(), "#/schedule1Conditions", errors);
        if (r.criminalOffenceData() != null) {
            checkCodes(ReferenceList.SCHEDULE_1_CONDITIONS, r.criminalOffenceData().schedule1Conditions(),
                    "#/criminalOffenceData/schedule1Conditions", errors);
        }
        if (r.recipients() != null) {
            for (int i = 0; i < r.recipients().size(); i++) {
                String country = r.recipients().get(i).country();
                if (country != null && !reference.contains(ReferenceList.COUNTRIES, country)) {
                    errors.add(new FieldError("#/recipients/" + i + "/country", "'" + country + "' is not a code in /v1/reference/countries"));
                }
            }
        }
        if (r.transfers() != null) {
            for (int i = 0; i < r.transfers().size(); i++) {
                Transfer t = r.transfers().get(i);
                if (t.country() == null && (t.internationalOrganisation() == null || t.internationalOrganisation().isBlank())) {
                    errors.add(new FieldError("#/transfers/" + i + "/country", "a transfer needs a destination country or an international organisation"));
                } else if (t.country() != null && !reference.contains(ReferenceList.COUNTRIES, t.country())) {
                    errors.add(new FieldError("#/transfers/" + i + "/country", "'" + t.country() + "' is not a code in /v1/reference/countries"));
                }
            }
        }
        Set<String> categoryNames = r.personalDataCategories() == null ? Set.of()
                : r.personalDataCategories().stream().map(PersonalDataCategory::name).collect(Collectors.toSet());
        List<RetentionRuleLink> ruleLinks = r.retentionRules() == null ? List.of() : r.retentionRules();
        List<LinkTarget> ruleTargets = new ArrayList<>();
        Map<String, RetentionRule> foundRules = rules.resolve(organisation.organisationId(),
                ruleLinks.stream().map(RetentionRuleLink::retentionRule).filter(Objects::nonNull).toList());
        Set<String> seenRuleLinks = new LinkedHashSet<>();
        for (int i = 0; i < ruleLinks.size(); i++) {
            RetentionRuleLink link = ruleLinks.get(i);
            String key = link.retentionRule() == null ? null : link.retentionRule().key();
            RetentionRule rule = key == null ? null : foundRules.get(key);
            if (rule == null) {
                errors.add(new FieldError("#/retentionRules/" + i, key == null ? "must give the retention rule's id or reference"
                        : "there is no retention rule '" + key + "' in this organisation"));
                continue;
            }
            if (link.personalDataCategory() != null && !categoryNames.contains(link.personalDataCategory())) {
                errors.add(new FieldError("#/retentionRules/" + i + "/personalDataCategory",
                        "is not the name of one of this activity's personalDataCategories"));
                continue;
            }
            if (seenRuleLinks.add(rule.id + "|" + link.personalDataCategory())) {
                ruleTargets.add(new LinkTarget(rule.id, link.personalDataCategory()));
            }
        }
        List<UUID> measureIds = LinkRefs.resolveMany(measures, organisation.organisationId(), r.securityMeasures(), "#/securityMeasures",
                "security measure", errors);
        List<UUID> assetIds = LinkRefs.resolveMany(assets, organisation.organisationId(), r.informationAssets(), "#/informationAssets",
                "information asset", errors);
        Map<String, Object> custom = null;
        try {
            custom = customFields.validate(organisation.organisationId(), CustomFieldTarget.PROCESSING_ACTIVITY, r.customFields());
        } catch (ApiException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        ActivityDetails details = new ActivityDetails(regime,
                list(r.purposes()), r.legitimateInterests(), r.legitimateInterestsAssessmentUrl(),
                distinct(r.specialCategoryConditions()), reference.canonical(ReferenceList.SCHEDULE_1_CONDITIONS, r.schedule1Conditions()),
                r.appropriatePolicyDocument(), criminalOffenceData(r.criminalOffenceData()),
                RegimeRules.canonical(r.lawEnforcement(), reference), list(r.dataSubjectCategories()), list(r.personalDataCategories()),
                Boolean.TRUE.equals(r.children()), list(r.sources()),
                list(r.recipients()).stream().map(x -> x.country() == null ? x : new Recipient(x.name(), x.type(), canonicalCountry(x.country()), x.processor())).toList(), list(r.jointControllers()),
                list(r.processors()), list(r.controllers()), list(r.categoriesOfProcessing()),
                list(r.transfers()).stream().map(t -> t.country() == null ? t : new Transfer(canonicalCountry(t.country()),
                        t.internationalOrganisation(), t.recipient(), t.mechanism(), t.safeguardsUrl(), t.transferRiskAssessment(),
                        t.recipientWithinScope(), t.scopeEvidenceUrl())).toList(),
                r.securityDescription(), r.automatedDecisionMaking(), r.dpia(), r.consentRecordUrl(), list(r.breachRecords()),
                r.privacyNoticeUrl(), r.rightsOverride());
        a.name = r.name().trim();
        a.description = r.description();
        a.businessFunction = r.businessFunction();
        a.recordType = recordType;
        a.status = r.status() == null ? ActivityStatus.DRAFT : r.status();
        a.owner = r.owner();
        a.details = details;
        a.lawfulBases = details.purposes().stream().map(Purpose::lawfulBasis).filter(Objects::nonNull).map(Enum::name).distinct()
                .toArray(String[]::new);
        a.specialCategory = !details.specialCategoryConditions().isEmpty()
                || details.personalDataCategories().stream().anyMatch(c -> c.specialCategory() != null);
        a.transferCountries = details.transfers().stream().map(Transfer::country).filter(Objects::nonNull).distinct().toArray(String[]::new);
        a.searchText = (a.name + "\n" + Optional.ofNullable(a.description).orElse("") + "\n"
                + details.purposes().stream().map(Purpose::description).collect(Collectors.joining("\n"))).toLowerCase(Locale.ROOT);
        a.lastReviewedDate = r.lastReviewedDate();
        a.nextReviewDate = r.nextReviewDate();
        a.customFields = custom;
        return LinkSet.none().with(RETENTION_RULES, ruleTargets).withIds(SECURITY_MEASURES, measureIds)
                .withIds(INFORMATION_ASSETS, assetIds);
    }

    @Override
    public ProcessingActivityResponse toResponse(ProcessingActivity a) {
        return toResponses(List.of(a)).get(0);
    }

    /** Responses for a page of activities: one statement for their links and one for the rules they follow, whatever the page size. */
    @Override
    public List<ProcessingActivityResponse> toResponses(List<ProcessingActivity> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = activities.stream().map(x -> x.id).toList();
        Map<UUID, List<List<LinkedEntry>>> links = linkRepository().linksOf(List.of(RETENTION_RULES, SECURITY_MEASURES, INFORMATION_ASSETS), ids);
        // The summaries need the rules themselves: one more statement for the whole page, when any rule is linked.
        List<UUID> ruleIds = links.values().stream().flatMap(l -> l.get(0).stream()).map(l -> l.entry().id()).distinct().toList();
        Map<UUID, RetentionRule> rulesById = ruleIds.isEmpty() ? Map.of() : rules.byIds(ruleIds);
        LocalDate today = today();
        List<List<LinkedEntry>> none = List.of(List.of(), List.of(), List.of());
        return activities.stream().map(a -> {
            List<List<LinkedEntry>> own = links.getOrDefault(a.id, none);
            return toResponse(a, entries(own.get(1)), entries(own.get(2)), own.get(0).stream().map(l -> new RetentionRuleLinkView(
                    l.entry(), l.qualifier(), RetentionSummary.of(rulesById.get(l.entry().id()), today))).toList());
        }).toList();
    }

    private static List<EntryLink> entries(List<LinkedEntry> linked) {
        return linked.stream().map(LinkedEntry::entry).toList();
    }

    /**
     * Hands over, one at a time and in the record's order, every activity the selection takes, as the API serves it:
     * two statements whatever the register's size (its retention rules, then the activities with their links through a
     * cursor), and no more than one activity held at once. Call within a transaction.
     */
    public void forEachInRecordOrder(String organisationId, ActivitySelection selection, java.util.function.Consumer<ProcessingActivityResponse> each) {
        Map<UUID, RetentionRule> rulesById = new java.util.HashMap<>();
        rules.list("organisationId", organisationId).forEach(r -> rulesById.put(r.id, r));
        LocalDate today = today();
        var links = linkRepository();
        try (var rows = activities.streamInRecordOrder(organisationId, selection)) {
            rows.forEach(row -> {
                ProcessingActivity a = (ProcessingActivity) row[0];
                List<RetentionRuleLinkView> ruleViews = links.linkedEntries((String) row[1]).stream().map(l -> new RetentionRuleLinkView(
                        l.entry(), l.qualifier(), RetentionSummary.of(rulesById.get(l.entry().id()), today))).toList();
                each.accept(toResponse(a, entries(links.linkedEntries((String) row[2])), entries(links.linkedEntries((String) row[3])), ruleViews));
                // read-only and never changed: let it go, so the persistence context does not grow with the register
                activities.getEntityManager().detach(a);
            });
        }
    }

    private ProcessingActivityResponse toResponse(ProcessingActivity a, List<EntryLink> measureLinks, List<EntryLink> assetLinks,
                                                  List<RetentionRuleLinkView> ruleViews) {
        ActivityDetails d = a.details;
        List<LawfulBasis> bases = list(d.purposes()).stream().map(Purpose::lawfulBasis).filter(Objects::nonNull).distinct().toList();
        var computed = Rights.of(reference, bases, d);
        var rights = d.rightsOverride() != null ? d.rightsOverride().rights() : computed;
        return new ProcessingActivityResponse(a.id, a.reference, a.name, a.description, a.businessFunction, a.recordType,
                a.status, a.owner, d.regime(), list(d.purposes()), d.legitimateInterests(), d.legitimateInterestsAssessmentUrl(),
                list(d.specialCategoryConditions()), list(d.schedule1Conditions()), d.appropriatePolicyDocument(),
                d.criminalOffenceData(), d.lawEnforcement(), list(d.dataSubjectCategories()), list(d.personalDataCategories()), d.children(),
                list(d.sources()), list(d.recipients()), list(d.jointControllers()), list(d.processors()),
                list(d.controllers()), list(d.categoriesOfProcessing()),
                list(d.transfers()).stream().map(this::view).toList(), ruleViews, measureLinks, d.securityDescription(),
                assetLinks, d.automatedDecisionMaking(), d.dpia(), d.consentRecordUrl(), list(d.breachRecords()),
                d.privacyNoticeUrl(), rights, computed, d.rightsOverride(), a.lastReviewedDate, a.nextReviewDate,
                a.customFields == null ? Map.of() : a.customFields, a.createdAt, a.updatedAt);
    }

    private TransferView view(Transfer t) {
        Optional<ReferenceEntry> destination = reference.find(ReferenceList.COUNTRIES, t.country());
        Adequacy adequacy = destination.map(ReferenceEntry::adequacy).orElse(INTERNATIONAL_ORGANISATION);
        return new TransferView(t.country(), destination.map(ReferenceEntry::label).orElse(t.internationalOrganisation()),
                t.internationalOrganisation(), adequacy, t.recipient(), t.mechanism(), t.safeguardsUrl(), t.transferRiskAssessment(),
                t.recipientWithinScope(), t.scopeEvidenceUrl());
    }

    private void checkCodes(ReferenceList list, List<String> codes, String pointer, List<FieldError> errors) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!reference.contains(list, codes.get(i))) {
                errors.add(new FieldError(pointer + "/" + i, "'" + codes.get(i) + "' is not a code in /v1/reference/" + list.path));
            }
        }
    }

    private CriminalOffenceData criminalOffenceData(CriminalOffenceData c) {
        return c == null ? null : new CriminalOffenceData(c.officialAuthority(), c.officialAuthorityReference(),
                reference.canonical(ReferenceList.SCHEDULE_1_CONDITIONS, c.schedule1Conditions()));
    }

    private String canonicalCountry(String code) {
        return reference.find(ReferenceList.COUNTRIES, code).map(ReferenceEntry::code).orElse(code);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }
}
