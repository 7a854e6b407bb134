package org.openropa.findings;

import java.util.List;

/** Every rule findings evaluate. Ids are stable: they go into auditors' scripts. */
public final class Rules {

    private Rules() {
    }

    private static final String A = "PROCESSING_ACTIVITY";
    private static final String I = "INFORMATION_ASSET";
    private static final String O = "ORGANISATION";

    static final Rule NO_PURPOSE = new Rule("PURPOSE_MISSING", "An activity with no purpose", Severity.HIGH, "UK GDPR Article 30(1)(b); Article 5(1)(b)",
            "The record must state the purposes of the processing, and data may be collected only for specified purposes.",
            "Add the activity's purposes, each with its lawful basis.", A);
    static final Rule NO_LAWFUL_BASIS = new Rule("LAWFUL_BASIS_MISSING", "A purpose with no lawful basis", Severity.HIGH, "UK GDPR Article 6(1)",
            "Processing is lawful only if at least one Article 6(1) basis applies.", "Give the purpose its Article 6(1) lawful basis.", A);
    static final Rule RLI_CONDITION = new Rule("RLI_ANNEX1_CONDITION_MISSING", "Recognised legitimate interest without its Annex 1 condition",
            Severity.HIGH, "UK GDPR Article 6(1)(ea) and 6(5), Annex 1",
            "A recognised legitimate interest is one of the conditions listed in Annex 1; without one the basis is not met.",
            "Name the Annex 1 condition the purpose relies on, or choose another basis.", A);
    static final Rule PUBLIC_AUTHORITY_LI = new Rule("PUBLIC_AUTHORITY_LEGITIMATE_INTERESTS", "A public authority relying on (recognised) legitimate interests",
            Severity.MEDIUM, "UK GDPR Article 6(1), final sentence (points (ea) and (f))",
            "A public authority cannot rely on points (ea) or (f) for processing in the performance of its tasks.",
            "Confirm the processing is outside the organisation's public tasks, or rely on 6(1)(e) with its statutory basis.", A);
    static final Rule ART9_MISSING = new Rule("ART9_CONDITION_MISSING", "Special category data without an Article 9 condition", Severity.HIGH,
            "UK GDPR Article 9(1) and 9(2)", "Processing special category data is prohibited unless an Article 9(2) condition applies.",
            "Record the Article 9(2) condition relied on.", A);
    static final Rule SCHEDULE1_MISSING = new Rule("SCHEDULE1_CONDITION_MISSING", "An Article 9 condition that needs a Schedule 1 condition without one",
            Severity.HIGH, "DPA 2018 s.10(1) to (3), Schedule 1 Parts 1 and 2",
            "Article 9(2)(b), (g), (h), (i) and (j) are met only with a condition in DPA 2018 Schedule 1.",
            "Record the Schedule 1 condition (Part 1 for (b), (h), (i), (j); Part 2 for (g)).", A);
    static final Rule APD_MISSING = new Rule("APPROPRIATE_POLICY_DOCUMENT_MISSING", "A Schedule 1 condition that needs an appropriate policy document without one",
            Severity.HIGH, "DPA 2018 Schedule 1 paragraphs 1(1)(b), 5, 38 to 41",
            "Most Schedule 1 conditions are met only if an appropriate policy document is in place when the processing is carried out.",
            "Link the appropriate policy document that covers the condition.", A);
    static final Rule APD_NOT_COMPLIANT = new Rule("APPROPRIATE_POLICY_DOCUMENT_NOT_COMPLIANT", "Processing not in line with the appropriate policy document, with no reason given",
            Severity.MEDIUM, "DPA 2018 Schedule 1 paragraph 41",
            "The record must say whether the data are retained and erased in line with the policy document and, if not, why.",
            "Give the reason, or bring the processing into line and mark it compliant.", A);
    static final Rule ART10_MISSING = new Rule("ART10_BASIS_MISSING", "Criminal offence data without an Article 10 basis", Severity.HIGH,
            "UK GDPR Article 10; DPA 2018 s.10(5), Schedule 1 Parts 1 to 3",
            "Criminal offence data may be processed only under official authority or with a Schedule 1 condition.",
            "Record the official authority (with its statute) or the Schedule 1 condition.", A);
    static final Rule LIA_MISSING = new Rule("LEGITIMATE_INTERESTS_ASSESSMENT_MISSING", "Legitimate interests without an assessment", Severity.MEDIUM,
            "UK GDPR Article 6(1)(f); Article 5(2)", "Relying on legitimate interests needs the balancing test, which the controller must be able to show.",
            "Link the legitimate interests assessment and state the interests.", A);
    static final Rule CONSENT_RECORD_MISSING = new Rule("CONSENT_RECORD_MISSING", "Consent without a record of consent", Severity.MEDIUM,
            "UK GDPR Articles 6(1)(a), 7(1)", "Where processing is based on consent, the controller must be able to demonstrate it.",
            "Link where consents are recorded.", A);
    static final Rule TRANSFER_UNPROTECTED = new Rule("TRANSFER_WITHOUT_SAFEGUARD", "A transfer to a destination without full adequacy and without a safeguard or exception",
            Severity.HIGH, "UK GDPR Articles 44, 45A, 46 and 49",
            "A restricted transfer needs approval regulations (adequacy), an Article 46 safeguard or an Article 49 exception.",
            "Put an Article 46 safeguard in place (IDTA, UK Addendum, ...) or record the Article 49 exception relied on.", A);
    static final Rule ADEQUACY_CLAIMED = new Rule("ADEQUACY_RELIED_ON_WITHOUT_ADEQUACY", "Adequacy named for a destination that has none", Severity.HIGH,
            "UK GDPR Article 45A", "No regulations approve transfers to the destination, so adequacy cannot cover the transfer.",
            "Use an Article 46 safeguard or an Article 49 exception.", A);
    static final Rule PARTIAL_ADEQUACY = new Rule("PARTIAL_ADEQUACY_SCOPE_UNCHECKED", "Partial adequacy relied on without the recipient shown within its scope",
            Severity.MEDIUM, "UK GDPR Article 45A (approval limited in scope)",
            "A partial approval covers only recipients within its scope (for example certified under the UK Extension to the Data Privacy Framework).",
            "Check the recipient is within the scope, record it (recipientWithinScope) with the evidence, or use another mechanism.", A);
    static final Rule TRA_MISSING = new Rule("TRANSFER_RISK_ASSESSMENT_MISSING", "An Article 46 safeguard without a transfer risk assessment", Severity.MEDIUM,
            "UK GDPR Article 46(1); ICO transfer risk assessment guidance",
            "A safeguard protects only if the data are not materially less protected in the destination; the assessment shows it.",
            "Carry out and link a transfer risk assessment.", A);
    static final Rule ART49_SAFEGUARDS = new Rule("ART49_SAFEGUARDS_UNDOCUMENTED", "A compelling legitimate interests transfer without documented safeguards",
            Severity.HIGH, "UK GDPR Articles 49(1) second subparagraph and 30(1)(e)",
            "The record must document the suitable safeguards of a transfer on compelling legitimate interests.",
            "Link the document that records the safeguards.", A);
    static final Rule RECIPIENT_ABROAD = new Rule("RECIPIENT_ABROAD_WITHOUT_TRANSFER", "A recipient in another country with no transfer recorded",
            Severity.MEDIUM, "UK GDPR Article 30(1)(d) and (e)", "Disclosing data to a recipient outside the UK is a transfer the record must show.",
            "Record the transfer to the recipient's country with its mechanism.", A);
    static final Rule NO_RETENTION = new Rule("RETENTION_RULE_MISSING", "No retention rule", Severity.MEDIUM, "UK GDPR Articles 5(1)(e) and 30(1)(f)",
            "The record must give the envisaged time limits for erasure, where possible.", "Link the retention rules the activity follows.", A);
    static final Rule RETENTION_STALE = new Rule("RETENTION_RULE_RETIRED_OR_OVERDUE", "A linked retention rule that is retired or overdue for review",
            Severity.LOW, "UK GDPR Article 5(1)(e); Lord Chancellor's Code of Practice on records management (FOIA s.46)",
            "A retired or unreviewed rule no longer states a time limit the organisation stands behind.", "Link a current rule, or review the rule.", A);
    static final Rule NO_SECURITY = new Rule("SECURITY_MEASURES_MISSING", "No security measure and no security description", Severity.MEDIUM,
            "UK GDPR Articles 30(1)(g) and 32", "The record must give a general description of the technical and organisational security measures.",
            "Link the security measures, or describe them.", A);
    static final Rule DPIA_NOT_RECORDED = new Rule("DPIA_NOT_RECORDED", "High-risk indicators but no DPIA recorded", Severity.HIGH,
            "UK GDPR Article 35(1), (3) and (4); ICO list of processing likely to result in high risk",
            "Processing likely to result in a high risk needs a data protection impact assessment before it starts.",
            "Screen the activity and record the DPIA (or why none is needed).", A);
    static final Rule DPIA_INCOMPLETE = new Rule("DPIA_NOT_COMPLETED", "A DPIA required but not completed", Severity.MEDIUM, "UK GDPR Article 35(1)",
            "The assessment must be carried out before the processing.", "Complete and sign off the DPIA.", A);
    static final Rule ADM_SAFEGUARDS = new Rule("ADM_SAFEGUARDS_MISSING", "Significant solely automated decisions without the Article 22C safeguards",
            Severity.HIGH, "UK GDPR Articles 22A and 22C",
            "People must be told of such decisions and be able to make representations, obtain human intervention and contest them.",
            "Put all four safeguards in place and record them.", A);
    static final Rule ADM_RLI = new Rule("ADM_ON_RECOGNISED_LEGITIMATE_INTEREST", "Significant solely automated decisions relying on recognised legitimate interest",
            Severity.HIGH, "UK GDPR Article 22B(4)", "Such decisions may not rely on Article 6(1)(ea).", "Rely on another lawful basis, or add meaningful human involvement.", A);
    static final Rule ADM_SPECIAL = new Rule("ADM_SPECIAL_CATEGORY_CONDITIONS", "Significant solely automated decisions on special category data without the Article 22B conditions",
            Severity.HIGH, "UK GDPR Article 22B(2) and (3)",
            "They need explicit consent, or necessity for a contract or authorisation by law together with Article 9(2)(g).",
            "Record explicit consent (9(2)(a)) or 9(2)(g), or add meaningful human involvement.", A);
    static final Rule PROCESSOR_CONTRACT = new Rule("PROCESSOR_CONTRACT_MISSING", "A processor without a contract", Severity.HIGH, "UK GDPR Article 28(3)",
            "Processing by a processor must be governed by a contract with the Article 28(3) terms.", "Link the processor's contract.", A);
    static final Rule PROCESSOR_CONTRACT_ENDED = new Rule("PROCESSOR_CONTRACT_ENDED", "A processor whose contract has ended", Severity.MEDIUM,
            "UK GDPR Article 28(3)", "Processing after the contract ends is not governed by it.", "Renew the contract, or end the processing and update the record.", A);
    static final Rule PROCESSOR_CATEGORIES = new Rule("PROCESSOR_RECORD_CATEGORIES_MISSING", "A processor record without the categories of processing",
            Severity.MEDIUM, "UK GDPR Article 30(2)(b)", "A processor's record must give the categories of processing carried out for each controller.",
            "List the categories of processing carried out for the controllers.", A);
    static final Rule REVIEW_OVERDUE = new Rule("REVIEW_OVERDUE", "Review overdue", Severity.LOW, "UK GDPR Articles 5(2) and 24(1)",
            "Measures must be reviewed and updated where necessary; an overdue review means the entry may no longer be true.",
            "Review the entry and set its next review date.", A + "," + I);
    static final Rule NEVER_REVIEWED = new Rule("NEVER_REVIEWED", "Never reviewed", Severity.INFO, "UK GDPR Articles 5(2) and 24(1)",
            "An entry with no review date cannot show it is kept up to date.", "Review the entry and record the date.", A + "," + I);
    static final Rule PART3_BASIS = new Rule("PART3_SECTION35_BASIS_MISSING", "A law-enforcement record without its section 35 basis", Severity.HIGH,
            "DPA 2018 s.35(2)", "Law-enforcement processing is lawful only with consent or as necessary for a task of a competent authority.",
            "Record the s.35(2) basis and the statutory function.", A);
    static final Rule PART3_SENSITIVE = new Rule("PART3_SENSITIVE_PROCESSING_CONDITION_MISSING", "Sensitive law-enforcement processing without a Schedule 8 condition or policy document",
            Severity.HIGH, "DPA 2018 ss.35(3) to (5) and 42, Schedule 8",
            "Sensitive processing needs consent or strict necessity with a Schedule 8 condition, and an appropriate policy document.",
            "Record the Schedule 8 condition and link the appropriate policy document.", A);
    static final Rule PART3_LOGGING = new Rule("PART3_LOGGING_UNDESCRIBED", "A law-enforcement record that does not say how processing is logged",
            Severity.MEDIUM, "DPA 2018 s.62", "Automated processing systems must keep logs of collection, alteration, consultation, disclosure, combination and erasure.",
            "Describe the logging (loggingStatement).", A);
    static final Rule ASSET_OWNER = new Rule("ASSET_OWNER_MISSING", "An information asset without an owner", Severity.MEDIUM,
            "HMG Security Policy Framework (Information Asset Owner role); UK GDPR Article 24", "Every asset needs an accountable Information Asset Owner.",
            "Name the Information Asset Owner.", I);
    static final Rule ASSET_UNLINKED = new Rule("ASSET_PERSONAL_DATA_UNLINKED", "An asset holding personal data that no activity uses", Severity.MEDIUM,
            "UK GDPR Article 30(1)", "Personal data held with no recorded processing activity is processing missing from the record.",
            "Link the asset from the activities that use it, or correct its personal data flags.", I);
    static final Rule RETIRED_ASSET = new Rule("ACTIVITY_USES_RETIRED_ASSET", "An activity using a retired information asset", Severity.LOW,
            "UK GDPR Article 30(1)", "A retired asset is no longer where the data are; the record is out of date.",
            "Link the asset that now holds the data.", A);
    static final Rule NO_DPO = new Rule("DPO_MISSING", "A public authority without a data protection officer", Severity.HIGH, "UK GDPR Article 37(1)(a)",
            "A public authority must designate a data protection officer and publish the contact details.", "Record the DPO's contact details.", O);
    static final Rule NO_ICO_REGISTRATION = new Rule("ICO_REGISTRATION_MISSING", "A controller without an ICO registration number", Severity.MEDIUM,
            "Data Protection (Charges and Information) Regulations 2018", "Controllers must pay the data protection fee to the ICO, which gives a registration number.",
            "Record the ICO registration number.", O);
    static final Rule NO_COMPLAINTS_ROUTE = new Rule("COMPLAINTS_ROUTE_MISSING", "No route for data protection complaints", Severity.MEDIUM,
            "DPA 2018 s.164A", "Controllers must facilitate complaints about their use of personal data and acknowledge them within 30 days.",
            "Record the complaints route (url, email or address, and how to complain).", O);

    public static final List<Rule> ALL = List.of(NO_PURPOSE, NO_LAWFUL_BASIS, RLI_CONDITION, PUBLIC_AUTHORITY_LI, ART9_MISSING, SCHEDULE1_MISSING,
            APD_MISSING, APD_NOT_COMPLIANT, ART10_MISSING, LIA_MISSING, CONSENT_RECORD_MISSING, TRANSFER_UNPROTECTED, ADEQUACY_CLAIMED,
            PARTIAL_ADEQUACY, TRA_MISSING, ART49_SAFEGUARDS, RECIPIENT_ABROAD, NO_RETENTION, RETENTION_STALE, NO_SECURITY, DPIA_NOT_RECORDED,
            DPIA_INCOMPLETE, ADM_SAFEGUARDS, ADM_RLI, ADM_SPECIAL, PROCESSOR_CONTRACT, PROCESSOR_CONTRACT_ENDED, PROCESSOR_CATEGORIES,
            PART3_BASIS, PART3_SENSITIVE, PART3_LOGGING, REVIEW_OVERDUE, NEVER_REVIEWED, ASSET_OWNER, ASSET_UNLINKED, RETIRED_ASSET,
            NO_DPO, NO_ICO_REGISTRATION, NO_COMPLAINTS_ROUTE);
}
