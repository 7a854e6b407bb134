package org.openropa.processing;

import org.openropa.common.http.Responses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.openropa.asset.InformationAssetRepository;
import org.openropa.common.problem.ApiException;
import org.openropa.register.EntryLink;
import org.openropa.common.problem.FieldError;
import org.openropa.register.LinkRef;
import org.openropa.register.LinkTables;
import org.openropa.register.Links;
import org.openropa.register.RegisterService;
import org.openropa.customfield.CustomFieldTarget;
import org.openropa.customfield.CustomFieldValues;
import org.openropa.organisation.Organisation;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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

    private final RetentionRuleRepository rules;
    private final SecurityMeasureRepository measures;
    private final InformationAssetRepository assets;
    private final ReferenceData reference;
    private final CustomFieldValues customFields;
    private final LinkTables links;
    private final EntityManager em;
    private final ObjectMapper mapper;

    public ProcessingActivityService(RegisterService.Shared shared,
                                     ProcessingActivityRepository repository, RetentionRuleRepository rules,
                                     SecurityMeasureRepository measures, InformationAssetRepository assets,
                                     ReferenceData reference, CustomFieldValues customFields, LinkTables links,
                                     EntityManager em, ObjectMapper mapper) {
        super(shared, repository, "PROCESSING_ACTIVITY", "processing activity", ProcessingActivity::new, ProcessingActivityRequest.class);
        this.rules = rules;
        this.measures = measures;
        this.assets = assets;
        this.reference = reference;
        this.customFields = customFields;
        this.links = links;
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    protected void apply(Organisation organisation, ProcessingActivity a, ProcessingActivityRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.businessFunction() != null && !organisation.hasBusinessFunction(r.businessFunction())) {
            errors.add(new FieldError("#/businessFunction", "is not one of the organisation's business functions"));
        }
        RecordType recordType = r.recordType() == null ? RecordType.CONTROLLER : r.recordType();
        if (recordType == RecordType.PROCESSOR && (r.controllers() == null || r.controllers().isEmpty())) {
            errors.add(new FieldError("#/controllers", "a PROCESSOR record must name at least one controller it acts for"));
        }
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
        List<UUID> ruleIds = new ArrayList<>();
        List<String> ruleCategories = new ArrayList<>();
        Map<String, RetentionRule> foundRules = rules.resolve(organisation.id,
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
                ruleIds.add(rule.id);
                ruleCategories.add(link.personalDataCategory());
            }
        }
        List<UUID> measureIds = Links.resolveMany(measures, organisation.id, r.securityMeasures(), "#/securityMeasures",
                "security measure", errors);
        List<UUID> assetIds = Links.resolveMany(assets, organisation.id, r.informationAssets(), "#/informationAssets",
                "information asset", errors);
        Map<String, Object> custom = null;
        try {
            custom = customFields.validate(organisation.id, CustomFieldTarget.PROCESSING_ACTIVITY, r.customFields());
        } catch (ApiException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        ActivityDetails details = new ActivityDetails(r.regime() == null ? Regime.UK_GDPR : r.regime(),
                list(r.purposes()), r.legitimateInterests(), r.legitimateInterestsAssessmentUrl(),
                distinct(r.specialCategoryConditions()), reference.canonical(ReferenceList.SCHEDULE_1_CONDITIONS, r.schedule1Conditions()),
                r.appropriatePolicyDocument(), criminalOffenceData(r.criminalOffenceData()), list(r.dataSubjectCategories()), list(r.personalDataCategories()),
                Boolean.TRUE.equals(r.children()), list(r.sources()),
                list(r.recipients()).stream().map(x -> x.country() == null ? x : new Recipient(x.name(), x.type(), canonicalCountry(x.country()), x.processor())).toList(), list(r.jointControllers()),
                list(r.processors()), list(r.controllers()), list(r.categoriesOfProcessing()),
                list(r.transfers()).stream().map(t -> t.country() == null ? t : new Transfer(canonicalCountry(t.country()),
                        t.internationalOrganisation(), t.recipient(), t.mechanism(), t.safeguardsUrl(), t.transferRiskAssessment())).toList(),
                r.securityDescription(), r.automatedDecisionMaking(), r.dpia(), r.consentRecordUrl(), list(r.breachRecords()),
                r.privacyNoticeUrl(), r.rightsOverride());
        a.name = r.name().trim();
        a.description = r.description();
        a.businessFunction = r.businessFunction();
        a.recordType = recordType;
        a.status = r.status() == null ? ActivityStatus.DRAFT : r.status();
        a.owner = r.owner();
        a.details = details;
        a.lawfulBases = details.purposes().stream().map(p -> p.lawfulBasis().name()).distinct().toArray(String[]::new);
        a.specialCategory = !details.specialCategoryConditions().isEmpty()
                || details.personalDataCategories().stream().anyMatch(c -> c.specialCategory() != null);
        a.transferCountries = details.transfers().stream().map(Transfer::country).filter(Objects::nonNull).distinct().toArray(String[]::new);
        a.searchText = (a.name + "\n" + Optional.ofNullable(a.description).orElse("") + "\n"
                + details.purposes().stream().map(Purpose::description).collect(Collectors.joining("\n"))).toLowerCase(Locale.ROOT);
        a.lastReviewedDate = r.lastReviewedDate();
        a.nextReviewDate = r.nextReviewDate();
        a.customFields = custom;
        a.resolvedLinks = new ProcessingActivity.ResolvedLinks(ruleIds, ruleCategories, measureIds, assetIds);
    }

    @Override
    protected void afterWrite(ProcessingActivity a, ProcessingActivityRequest r) {
        ProcessingActivity.ResolvedLinks resolved = a.resolvedLinks;
        links.replace(Links.ACTIVITY_MEASURES, a.organisationId, a.id, resolved.measureIds());
        links.replace(Links.ACTIVITY_ASSETS, a.organisationId, a.id, resolved.assetIds());
        em.createNativeQuery("delete from processing_activity_retention_rule where processing_activity_id = ?1")
                .setParameter(1, a.id).executeUpdate();
        if (!resolved.ruleIds().isEmpty()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 0; i < resolved.ruleIds().size(); i++) {
                Map<String, String> row = new HashMap<>();
                row.put("rule", resolved.ruleIds().get(i).toString());
                row.put("category", resolved.ruleCategories().get(i));
                rows.add(row);
            }
            em.createNativeQuery("""
                            insert into processing_activity_retention_rule
                                (organisation_id, processing_activity_id, retention_rule_id, personal_data_category, position)
                            select ?1, ?2, cast(t.e ->> 'rule' as uuid), t.e ->> 'category', t.position
                            from jsonb_array_elements(cast(?3 as jsonb)) with ordinality as t(e, position)""")
                    .setParameter(1, a.organisationId).setParameter(2, a.id).setParameter(3, json(rows))
                    .executeUpdate();
        }
    }

    @Override
    public ProcessingActivityResponse toResponse(ProcessingActivity a) {
        return toResponses(List.of(a)).get(0);
    }

    /** Responses for a page of activities: four statements for their links, whatever the page size. */
    @Override
    public List<ProcessingActivityResponse> toResponses(List<ProcessingActivity> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = activities.stream().map(x -> x.id).toList();
        Map<UUID, List<EntryLink>> measureLinks = links.targetsOf(Links.ACTIVITY_MEASURES, ids);
        Map<UUID, List<EntryLink>> assetLinks = links.targetsOf(Links.ACTIVITY_ASSETS, ids);
        List<ActivityRuleLink> ruleRows = em.createQuery(
                        "from ActivityRuleLink l where l.processingActivityId in :ids order by l.processingActivityId, l.position",
                        ActivityRuleLink.class).setParameter("ids", ids).getResultList();
        Map<UUID, RetentionRule> rulesById = ruleRows.isEmpty() ? Map.of()
                : rules.list("id in ?1", ruleRows.stream().map(l -> l.retentionRuleId).distinct().toList()).stream()
                .collect(Collectors.toMap(x -> x.id, Function.identity()));
        LocalDate today = LocalDate.now();
        Map<UUID, List<RetentionRuleLinkView>> ruleViews = new LinkedHashMap<>();
        for (ActivityRuleLink row : ruleRows) {
            RetentionRule rule = rulesById.get(row.retentionRuleId);
            ruleViews.computeIfAbsent(row.processingActivityId, k -> new ArrayList<>()).add(new RetentionRuleLinkView(
                    new EntryLink(rule.id, rule.reference, rule.recordSeries), row.personalDataCategory,
                    RetentionSummary.of(rule, today)));
        }
        return activities.stream().map(a -> toResponse(a, measureLinks.getOrDefault(a.id, List.of()),
                assetLinks.getOrDefault(a.id, List.of()), ruleViews.getOrDefault(a.id, List.of()))).toList();
    }

    private ProcessingActivityResponse toResponse(ProcessingActivity a, List<EntryLink> measureLinks, List<EntryLink> assetLinks,
                                                  List<RetentionRuleLinkView> ruleViews) {
        ActivityDetails d = a.details;
        List<LawfulBasis> bases = list(d.purposes()).stream().map(Purpose::lawfulBasis).distinct().toList();
        var computed = Rights.fromLawfulBases(reference, bases, d);
        var rights = d.rightsOverride() != null ? d.rightsOverride().rights() : computed;
        return new ProcessingActivityResponse(a.id, a.reference, a.name, a.description, a.businessFunction, a.recordType,
                a.status, a.owner, d.regime(), list(d.purposes()), d.legitimateInterests(), d.legitimateInterestsAssessmentUrl(),
                list(d.specialCategoryConditions()), list(d.schedule1Conditions()), d.appropriatePolicyDocument(),
                d.criminalOffenceData(), list(d.dataSubjectCategories()), list(d.personalDataCategories()), d.children(),
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
                t.internationalOrganisation(), adequacy, t.recipient(), t.mechanism(), t.safeguardsUrl(), t.transferRiskAssessment());
    }

    @Override
    protected ProcessingActivityRequest toRequest(ProcessingActivityResponse x) {
        return new ProcessingActivityRequest(x.reference(), x.name(), x.description(), x.businessFunction(), x.recordType(),
                x.status(), x.owner(), x.regime(), x.purposes(), x.legitimateInterests(), x.legitimateInterestsAssessmentUrl(),
                x.specialCategoryConditions(), x.schedule1Conditions(), x.appropriatePolicyDocument(), x.criminalOffenceData(),
                x.dataSubjectCategories(), x.personalDataCategories(), x.children(), x.sources(), x.recipients(),
                x.jointControllers(), x.processors(), x.controllers(), x.categoriesOfProcessing(),
                x.transfers().stream().map(t -> new Transfer(t.country(), t.internationalOrganisation(), t.recipient(),
                        t.mechanism(), t.safeguardsUrl(), t.transferRiskAssessment())).toList(),
                x.retentionRules().stream().map(l -> RetentionRuleLink.of(LinkRef.from(l.retentionRule()), l.personalDataCategory())).toList(),
                x.securityMeasures().stream().map(LinkRef::from).toList(), x.securityDescription(),
                x.informationAssets().stream().map(LinkRef::from).toList(), x.automatedDecisionMaking(), x.dpia(),
                x.consentRecordUrl(), x.breachRecords(), x.privacyNoticeUrl(), x.rightsOverride(), x.lastReviewedDate(),
                x.nextReviewDate(), x.customFields());
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

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }
}
