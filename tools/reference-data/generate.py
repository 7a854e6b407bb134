import json
rows=[]
def add(lst, code, label, desc, source, **attrs):
    rows.append((lst, code, label, desc, source, attrs))

UKGDPR="UK GDPR"
# Lawful bases (Art 6(1))
for code,art,label,desc,ref in [
 ("A_CONSENT","6(1)(a)","Consent","The data subject has given consent to the processing of their personal data for one or more specific purposes.",False),
 ("B_CONTRACT","6(1)(b)","Contract","Processing is necessary for the performance of a contract to which the data subject is party, or to take steps at their request before entering into a contract.",False),
 ("C_LEGAL_OBLIGATION","6(1)(c)","Legal obligation","Processing is necessary for compliance with a legal obligation to which the controller is subject.",True),
 ("D_VITAL_INTERESTS","6(1)(d)","Vital interests","Processing is necessary to protect the vital interests of the data subject or of another natural person.",False),
 ("E_PUBLIC_TASK","6(1)(e)","Public task","Processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller.",True),
 ("EA_RECOGNISED_LEGITIMATE_INTEREST","6(1)(ea)","Recognised legitimate interest","Processing is necessary for a recognised legitimate interest listed in Annex 1 (in force from 5 February 2026); not available to a public authority performing its tasks.",False),
 ("F_LEGITIMATE_INTERESTS","6(1)(f)","Legitimate interests","Processing is necessary for the legitimate interests of the controller or a third party, unless overridden by the interests or rights of the data subject; not available to a public authority performing its tasks.",False)]:
    add("lawful-bases",code,label,desc,f"UK GDPR Article {art}",article=art,legalReferenceExpected=ref,availableToPublicAuthorityForTasks=code not in("EA_RECOGNISED_LEGITIMATE_INTEREST","F_LEGITIMATE_INTERESTS"))

for code,art,label,desc,sch in [
 ("A_EXPLICIT_CONSENT","9(2)(a)","Explicit consent","The data subject has given explicit consent to the processing for one or more specified purposes.",None),
 ("B_EMPLOYMENT_SOCIAL_SECURITY_PROTECTION","9(2)(b)","Employment, social security and social protection","Processing is necessary for carrying out obligations and exercising rights in the field of employment, social security and social protection law.","DPA 2018 Schedule 1 Part 1 paragraph 1"),
 ("C_VITAL_INTERESTS","9(2)(c)","Vital interests","Processing is necessary to protect the vital interests of a person who is physically or legally incapable of giving consent.",None),
 ("D_NOT_FOR_PROFIT_BODY","9(2)(d)","Not-for-profit bodies","Processing in the legitimate activities of a foundation, association or other not-for-profit body with a political, philosophical, religious or trade union aim, about its members, former members or regular contacts.",None),
 ("E_MANIFESTLY_PUBLIC","9(2)(e)","Made public by the data subject","Processing relates to personal data which are manifestly made public by the data subject.",None),
 ("F_LEGAL_CLAIMS_JUDICIAL","9(2)(f)","Legal claims or judicial acts","Processing is necessary for the establishment, exercise or defence of legal claims or whenever courts are acting in their judicial capacity.",None),
 ("G_SUBSTANTIAL_PUBLIC_INTEREST","9(2)(g)","Reasons of substantial public interest (with a basis in law)","Processing is necessary for reasons of substantial public interest, on the basis of law, proportionate to the aim pursued and with suitable safeguards.","DPA 2018 Schedule 1 Part 2 (paragraphs 6 to 28)"),
 ("H_HEALTH_SOCIAL_CARE","9(2)(h)","Health or social care (with a basis in law)","Processing is necessary for preventive or occupational medicine, working capacity, medical diagnosis, health or social care or treatment, or the management of health or social care systems.","DPA 2018 Schedule 1 Part 1 paragraph 2"),
 ("I_PUBLIC_HEALTH","9(2)(i)","Public health (with a basis in law)","Processing is necessary for reasons of public interest in the area of public health.","DPA 2018 Schedule 1 Part 1 paragraph 3"),
 ("J_ARCHIVING_RESEARCH_STATISTICS","9(2)(j)","Archiving, research and statistics (with a basis in law)","Processing is necessary for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes in accordance with Article 89(1).","DPA 2018 Schedule 1 Part 1 paragraph 4")]:
    add("special-category-conditions",code,label,desc,f"UK GDPR Article {art}; DPA 2018 s.10",article=art,requiresSchedule1Condition=sch is not None,schedule1Conditions=sch)

sch1=[
 (1,1,"P1_01_EMPLOYMENT_SOCIAL_SECURITY","Employment, social security and social protection",True),
 (1,2,"P1_02_HEALTH_SOCIAL_CARE","Health or social care purposes",False),
 (1,3,"P1_03_PUBLIC_HEALTH","Public health",False),
 (1,4,"P1_04_RESEARCH","Research etc",False),
 (2,6,"P2_06_STATUTORY_GOVERNMENT","Statutory etc and government purposes",True),
 (2,7,"P2_07_ADMINISTRATION_OF_JUSTICE","Administration of justice and parliamentary purposes",True),
 (2,8,"P2_08_EQUALITY","Equality of opportunity or treatment",True),
 (2,9,"P2_09_RACIAL_ETHNIC_DIVERSITY_SENIOR_LEVELS","Racial and ethnic diversity at senior levels of organisations",True),
 (2,10,"P2_10_PREVENTING_DETECTING_UNLAWFUL_ACTS","Preventing or detecting unlawful acts",True),
 (2,11,"P2_11_PROTECTING_THE_PUBLIC","Protecting the public against dishonesty etc",True),
 (2,12,"P2_12_REGULATORY_REQUIREMENTS","Regulatory requirements relating to unlawful acts and dishonesty etc",True),
 (2,13,"P2_13_JOURNALISM","Journalism etc in connection with unlawful acts and dishonesty etc",True),
 (2,14,"P2_14_PREVENTING_FRAUD","Preventing fraud",True),
 (2,15,"P2_15_TERRORIST_FINANCING_MONEY_LAUNDERING","Suspicion of terrorist financing or money laundering",True),
 (2,16,"P2_16_SUPPORT_DISABILITY_MEDICAL_CONDITION","Support for individuals with a particular disability or medical condition",True),
 (2,17,"P2_17_COUNSELLING","Counselling etc",True),
 (2,18,"P2_18_SAFEGUARDING_CHILDREN_INDIVIDUALS_AT_RISK","Safeguarding of children and of individuals at risk",True),
 (2,19,"P2_19_SAFEGUARDING_ECONOMIC_WELL_BEING","Safeguarding of economic well-being of certain individuals",True),
 (2,20,"P2_20_INSURANCE","Insurance",True),
 (2,21,"P2_21_OCCUPATIONAL_PENSIONS","Occupational pensions",True),
 (2,22,"P2_22_POLITICAL_PARTIES","Political parties",True),
 (2,23,"P2_23_ELECTED_REPRESENTATIVES_RESPONDING","Elected representatives responding to requests",True),
 (2,24,"P2_24_DISCLOSURE_TO_ELECTED_REPRESENTATIVES","Disclosure to elected representatives",True),
 (2,25,"P2_25_INFORMING_ELECTED_REPRESENTATIVES_PRISONERS","Informing elected representatives about prisoners",True),
 (2,26,"P2_26_PUBLICATION_OF_LEGAL_JUDGMENTS","Publication of legal judgments",True),
 (2,27,"P2_27_ANTI_DOPING_SPORT","Anti-doping in sport",True),
 (2,28,"P2_28_STANDARDS_OF_BEHAVIOUR_SPORT","Standards of behaviour in sport",True),
 (3,29,"P3_29_CONSENT","Consent",False),
 (3,30,"P3_30_VITAL_INTERESTS","Protecting individual's vital interests",False),
 (3,31,"P3_31_NOT_FOR_PROFIT_BODIES","Processing by not-for-profit bodies",False),
 (3,32,"P3_32_PUBLIC_DOMAIN","Personal data in the public domain",False),
 (3,33,"P3_33_LEGAL_CLAIMS","Legal claims",False),
 (3,34,"P3_34_JUDICIAL_ACTS","Judicial acts",False),
 (3,35,"P3_35_INDECENCY_OFFENCES_CHILDREN_ACCOUNTS","Administration of accounts used in commission of indecency offences involving children",False),
 (3,36,"P3_36_EXTENSION_OF_PART_2","Extension of conditions in Part 2 of this Schedule referring to substantial public interest",True),
 (3,37,"P3_37_INSURANCE_EXTENSION","Extension of insurance conditions",False)]
criminal_p2={6,7,10,11,12,13,14,15,17,18,23,24,25,26,27,28}
partnames={1:"Part 1: conditions relating to employment, health and research etc",2:"Part 2: substantial public interest conditions",3:"Part 3: additional conditions relating to criminal convictions etc"}
for part,para,code,label,apd in sch1:
    crim = part==1 or part==3 or (part==2 and para in criminal_p2)
    note=None
    if para==10: note="No appropriate policy document is needed for a disclosure to a competent authority, or preparing to make one (paragraph 10(2))."
    if para==36: note="Needs the appropriate policy document that the underlying Part 2 condition needs."
    desc=f"DPA 2018 Schedule 1 paragraph {para}: {label}." + (" An appropriate policy document must be in place." if apd else " No appropriate policy document is required.")
    attrs=dict(part=part,partName=partnames[part],paragraph=para,appropriatePolicyDocumentRequired=apd,usableForCriminalOffenceData=crim,usableForSpecialCategoryData=part!=3)
    if note: attrs["note"]=note
    add("schedule-1-conditions",code,label,desc,f"Data Protection Act 2018 Schedule 1 paragraph {para}",**attrs)

# Countries
eea={"AT","BE","BG","HR","CY","CZ","DK","EE","FI","FR","DE","GR","HU","IE","IT","LV","LT","LU","MT","NL","PL","PT","RO","SK","SI","ES","SE","IS","LI","NO"}
sch21="Data Protection Act 2018 Schedule 21 paragraph 5 (adequacy carried over at the end of the transition period)"
full={"GI":sch21,"CH":sch21,"AR":sch21,"GG":sch21,"IM":sch21,"JE":sch21,"AD":sch21,"IL":sch21,"UY":sch21,"NZ":sch21,"FO":sch21}
partial={
 "CA":(sch21,"Covers only recipients subject to Canada's Personal Information Protection and Electronic Documents Act (PIPEDA)."),
 "JP":(sch21,"Covers only recipients subject to Japan's Act on the Protection of Personal Information (APPI), in the private sector."),
 "KR":("The Data Protection (Adequacy) (Republic of Korea) Regulations 2022 (SI 2022/1213), in force 19 December 2022","Covers recipients subject to Korea's Personal Information Protection Act (PIPA)."),
 "US":("The Data Protection (Adequacy) (United States of America) Regulations 2023 (SI 2023/1028), in force 12 October 2023","Covers only organisations self-certified to the EU-US Data Privacy Framework and its UK Extension; other US recipients need another transfer mechanism."),
}
names={}
for line in open(__import__("os").path.join(__import__("os").path.dirname(__file__),"countries.tsv")):
    c,n=line.rstrip("\n").split("\t"); names[c]=n
names["KR"]="Republic of Korea (South Korea)"
for c in sorted(names):
    n=names[c]
    if c=="GB":
        adequacy=dict(status="FULL",scopeNote="The United Kingdom itself: data kept here is not a restricted transfer.",instrument="UK GDPR Chapter V does not apply within the UK")
    elif c in eea:
        adequacy=dict(status="FULL",scopeNote=None,instrument=sch21)
    elif c in full:
        adequacy=dict(status="FULL",scopeNote=None,instrument=full[c])
    elif c in partial:
        adequacy=dict(status="PARTIAL",scopeNote=partial[c][1],instrument=partial[c][0])
    else:
        adequacy=dict(status="NONE",scopeNote="No UK adequacy regulations: a transfer needs an Article 46 safeguard (such as the IDTA or the UK Addendum, with a transfer risk assessment) or an Article 49 exception.",instrument=None)
    desc=f"{n} (ISO 3166-1 alpha-2 {c}). UK adequacy: {adequacy['status'].lower()}."
    add("countries",c,n,desc,"ISO 3166-1; UK adequacy per gov.uk and ICO guidance (checked November 2026)",kind="COUNTRY",eea=c in eea,adequacy=adequacy)
add("countries","EU","EU institutions, bodies, offices and agencies","Institutions, bodies, offices and agencies of the European Union, treated as adequate destinations.","Data Protection Act 2018 Schedule 21 paragraph 5",kind="INTERNATIONAL_ORGANISATION",eea=False,adequacy=dict(status="FULL",scopeNote="Covers EU institutions, bodies, offices and agencies, and equivalent EEA bodies.",instrument=sch21))
add("countries","XO","Other international organisation","An international organisation other than the EU institutions (name it in the transfer); no UK adequacy regulations cover it.","UK GDPR Article 4(26)",kind="INTERNATIONAL_ORGANISATION",eea=False,adequacy=dict(status="NONE",scopeNote="Needs an Article 46 safeguard or an Article 49 exception.",instrument=None))

# Transfer mechanisms
for code,label,desc,basis,tra,pp in [
 ("UK_ADEQUACY_REGULATIONS","UK adequacy regulations","The destination (or the recipient's sector) is covered by UK adequacy regulations or transitional adequacy.","UK GDPR Article 45; DPA 2018 s.17A and Schedule 21",False,True),
 ("IDTA","International Data Transfer Agreement (IDTA)","The ICO's standard data protection clauses, a stand-alone UK contract, in force 21 March 2022.","UK GDPR Article 46(2)(d); DPA 2018 s.119A",True,True),
 ("UK_ADDENDUM_EU_SCCS","UK Addendum to the EU standard contractual clauses","The ICO's International Data Transfer Addendum to the European Commission's standard contractual clauses, in force 21 March 2022.","UK GDPR Article 46(2)(d); DPA 2018 s.119A",True,True),
 ("LEGACY_EU_SCCS","Legacy EU standard contractual clauses","Old-style EU SCCs, usable for UK transfers only until 21 March 2024; kept for history.","UK GDPR Article 46 (transitional)",True,True),
 ("BCR","Binding corporate rules","ICO-approved UK binding corporate rules within a group.","UK GDPR Articles 46(2)(b) and 47",True,True),
 ("PUBLIC_BODY_BINDING_INSTRUMENT","Legally binding instrument between public bodies","A legally binding and enforceable instrument between public authorities or bodies.","UK GDPR Article 46(2)(a)",True,True),
 ("ADMIN_ARRANGEMENT_AUTHORISED","Administrative arrangement between public bodies (ICO-authorised)","Provisions in administrative arrangements between public authorities or bodies, authorised by the ICO.","UK GDPR Article 46(3)(b)",True,True),
 ("AD_HOC_CLAUSES_AUTHORISED","Bespoke contractual clauses (ICO-authorised)","Contractual clauses authorised by the ICO.","UK GDPR Article 46(3)(a)",True,True),
 ("APPROVED_CODE_OF_CONDUCT","Approved code of conduct","An approved code of conduct with binding commitments of the receiver.","UK GDPR Article 46(2)(e)",True,True),
 ("APPROVED_CERTIFICATION","Approved certification mechanism","An approved certification mechanism with binding commitments of the receiver.","UK GDPR Article 46(2)(f)",True,True),
 ("ART49_A_EXPLICIT_CONSENT","Exception: explicit consent","The individual has explicitly consented after being told of the possible risks of the transfer.","UK GDPR Article 49(1)(a)",False,False),
 ("ART49_B_CONTRACT_WITH_INDIVIDUAL","Exception: contract with the individual","Necessary for a contract with the individual or pre-contract steps; occasional transfers only.","UK GDPR Article 49(1)(b)",False,False),
 ("ART49_C_CONTRACT_IN_INDIVIDUALS_INTEREST","Exception: contract in the individual's interest","Necessary for a contract made in the individual's interest with another person; occasional transfers only.","UK GDPR Article 49(1)(c)",False,False),
 ("ART49_D_IMPORTANT_PUBLIC_INTEREST","Exception: important reasons of public interest","Necessary for important reasons of public interest recognised in UK law.","UK GDPR Article 49(1)(d)",False,True),
 ("ART49_E_LEGAL_CLAIMS","Exception: legal claims","Necessary for the establishment, exercise or defence of legal claims.","UK GDPR Article 49(1)(e)",False,True),
 ("ART49_F_VITAL_INTERESTS","Exception: vital interests","Necessary to protect vital interests where the individual cannot give consent.","UK GDPR Article 49(1)(f)",False,True),
 ("ART49_G_PUBLIC_REGISTER","Exception: public register","Made from a public register, within the conditions for consulting it.","UK GDPR Article 49(1)(g)",False,True),
 ("ART49_COMPELLING_LEGITIMATE_INTERESTS","Exception: compelling legitimate interests","A one-off transfer about a limited number of people for compelling legitimate interests, with suitable safeguards documented in the record (Article 30(1)(e)) and the ICO informed.","UK GDPR Article 49(1), second subparagraph",False,False),
 ("NO_RESTRICTED_TRANSFER","No restricted transfer","The data stay in the UK or the receiver is not a separate organisation; Chapter V does not apply.","UK GDPR Chapter V",False,True)]:
    add("transfer-mechanisms",code,label,desc,basis,legalBasis=basis,transferRiskAssessmentRequired=tra,availableToPublicAuthoritiesExercisingPublicPowers=pp,article49Exception=code.startswith("ART49_"),safeguardDocumentationRequired=code=="ART49_COMPELLING_LEGITIMATE_INTERESTS")

for code,label,desc in [
 ("END_OF_FINANCIAL_YEAR_LAST_MODIFIED","End of the financial year in which the record was last modified","The '6+' rule: counted from the end of the financial year of the last change (matches Limitation Act 1980 periods)."),
 ("END_OF_CALENDAR_YEAR","End of the calendar year","Counted from the end of the calendar year ('after end of year')."),
 ("CURRENT_YEAR","Current year","Current year plus the period."),
 ("CLOSURE_OF_CASE","Closure of the case or file","Counted from closure; say what closes the series in the trigger description (e.g. election of a new council)."),
 ("LAST_ACTION","Last action","Counted from the last action, use or modification."),
 ("LAST_CONTACT_OR_DEATH","Last contact or death","Counted from last contact with the person or their death (adult social care)."),
 ("DATE_OF_DEATH","Date of death","Counted from the person's death."),
 ("DATE_OF_BIRTH","Date of birth","Counted from date of birth (e.g. DOB+25 for records about minors)."),
 ("EIGHTEENTH_BIRTHDAY","Eighteenth birthday","Counted from the person's 18th birthday (children in care)."),
 ("TERMINATION","Termination","End of the contract, employment, tenancy or term of office."),
 ("EXPIRY_OF_TERMS","Expiry of terms","Expiry of the terms of an agreement."),
 ("ADOPTION_ORDER","Adoption order","Counted from the date of the adoption order."),
 ("DATE_OF_RECORDING","Date of recording","Counted from when the record was made (e.g. CCTV footage)."),
 ("LAST_AMENDMENT","Last amendment","Counted from the last amendment of the record."),
 ("SUPERSEDED","Superseded","Counted from when the record is superseded (policies, procedures)."),
 ("EVENT_SPECIFIC","A specific event","An event described in the trigger description (e.g. development completed, appeal determined)."),
 ("TRANSIENT","Transient","Transient data, destroyed within a year.")]:
    add("retention-triggers",code,label,desc,"Local authority retention practice (IRMS RGLA; Derbyshire, Carmarthenshire, Northumberland schedules)")
for code,label,desc in [
 ("DESTROY","Destroy","Routine destruction."),
 ("SECURE_DESTROY","Destroy securely","Confidential shredding or secure deletion of personal data."),
 ("REVIEW","Review","Review at the end of the period and decide then."),
 ("TRANSFER_TO_ARCHIVES","Offer to the archives","Offer to the county record office or archives service."),
 ("PERMANENT_PRESERVATION","Keep permanently","Preserve permanently."),
 ("SELECT_OR_SAMPLE_FOR_ARCHIVE","Select or sample for the archives","Keep a selection or sample for the archives; destroy the rest."),
 ("ANONYMISE","Anonymise","Keep only in anonymised or aggregated form."),
 ("RETURN_TO_CONTROLLER","Return to the controller","Return to the controller at the end of a processing contract (Article 28(3)(g))."),
 ("TRANSFER_TO_OTHER_BODY","Transfer to another body","Transfer to a successor or other body, e.g. on reorganisation.")]:
    add("disposal-actions",code,label,desc,"Local authority retention practice (IRMS RGLA; Northumberland, Derbyshire schedules)")
for code,label,desc,kind in [
 ("OFFICIAL","OFFICIAL","The majority of information created or processed by the public sector, including routine business and most personal data.","CLASSIFICATION"),
 ("SECRET","SECRET","Very sensitive information that justifies heightened protective measures against a determined and highly capable threat. Rare in councils.","CLASSIFICATION"),
 ("TOP_SECRET","TOP SECRET","The most sensitive information requiring the highest levels of protection from the most serious threats. Out of scope for councils in practice.","CLASSIFICATION"),
 ("OFFICIAL_SENSITIVE","OFFICIAL-SENSITIVE","A handling marking on OFFICIAL information that needs stricter need-to-know controls; not a separate tier.","HANDLING_MARKING")]:
    add("security-classifications",code,label,desc,"Government Security Classifications Policy (Cabinet Office, 2023)",kind=kind)

ALL=["A_CONSENT","B_CONTRACT","C_LEGAL_OBLIGATION","D_VITAL_INTERESTS","E_PUBLIC_TASK","EA_RECOGNISED_LEGITIMATE_INTEREST","F_LEGITIMATE_INTERESTS"]
for code,art,label,desc,applies,note in [
 ("INFORMED","13 and 14","Right to be informed","To be told how and why personal data are used.",ALL,None),
 ("ACCESS","15","Right of access","To get a copy of one's personal data (subject access request).",ALL,None),
 ("RECTIFICATION","16","Right to rectification","To have inaccurate personal data corrected and incomplete data completed.",ALL,None),
 ("ERASURE","17","Right to erasure","To have personal data erased; not available where processing is needed for a legal obligation or a public task (Article 17(3)(b)).",["A_CONSENT","B_CONTRACT","D_VITAL_INTERESTS","EA_RECOGNISED_LEGITIMATE_INTEREST","F_LEGITIMATE_INTERESTS"],"Erasure under recognised legitimate interest: to be verified against the amended text."),
 ("RESTRICTION","18","Right to restrict processing","To limit how personal data are used.",ALL,None),
 ("PORTABILITY","20","Right to data portability","To receive data one provided in a machine-readable form, where processing is by automated means on consent or contract.",["A_CONSENT","B_CONTRACT"],None),
 ("OBJECT","21(1)","Right to object","To object to processing based on public task or legitimate interests.",["E_PUBLIC_TASK","F_LEGITIMATE_INTERESTS"],"Article 21(1) named points (e) and (f); whether it reaches (ea) is to be verified."),
 ("OBJECT_DIRECT_MARKETING","21(2)","Right to object to direct marketing","An absolute right to stop processing for direct marketing.",ALL,None),
 ("AUTOMATED_DECISION_SAFEGUARDS","22A to 22D","Rights related to automated decision-making including profiling","Safeguards for significant decisions based solely on automated processing: information, representations, human intervention, contest.",ALL,"Applies where such decisions are made, whatever the basis."),
 ("WITHDRAW_CONSENT","7(3)","Right to withdraw consent","To withdraw consent at any time, as easily as it was given.",["A_CONSENT"],"Also applies where the Article 9 condition is explicit consent."),
 ("COMPLAIN_TO_CONTROLLER","DPA 2018 s.164A","Right to complain to the controller","To complain to the organisation about its use of personal data (from 19 June 2026).",ALL,None),
 ("COMPLAIN_TO_ICO","77","Right to complain to the Information Commissioner","To complain to the ICO.",ALL,None)]:
    add("data-subject-rights",code,label,desc,f"UK GDPR Article {art}" if not art.startswith("DPA") else art,article=art,lawfulBases=applies,**({"note":note} if note else {}))

for code,label,desc,kind in [
 ("ART35_3_A_SYSTEMATIC_EVALUATION","Systematic and extensive evaluation with significant effects","Automated evaluation of personal aspects, including profiling, on which decisions with legal or similarly significant effects are based.","ARTICLE_35_3"),
 ("ART35_3_B_LARGE_SCALE_SPECIAL_CATEGORY","Large-scale special category or criminal offence data","Processing on a large scale of special category data or of criminal offence data.","ARTICLE_35_3"),
 ("ART35_3_C_PUBLIC_AREA_MONITORING","Large-scale systematic monitoring of a public area","Systematic monitoring of a publicly accessible area on a large scale (e.g. town-centre CCTV).","ARTICLE_35_3"),
 ("INNOVATIVE_TECHNOLOGY","Innovative technology","New technologies, including AI (with a WP248 criterion).","ICO_LIST"),
 ("DENIAL_OF_SERVICE","Denial of service","Decisions about access to a service, opportunity or benefit based on automated decision-making, profiling or special category data.","ICO_LIST"),
 ("LARGE_SCALE_PROFILING","Large-scale profiling","Profiling of individuals on a large scale.","ICO_LIST"),
 ("BIOMETRIC_DATA","Biometric data","Biometric data to uniquely identify people (with a WP248 criterion).","ICO_LIST"),
 ("GENETIC_DATA","Genetic data","Genetic data other than by a health professional for direct care (with a WP248 criterion).","ICO_LIST"),
 ("DATA_MATCHING","Data matching","Combining, comparing or matching data from several sources (e.g. National Fraud Initiative).","ICO_LIST"),
 ("INVISIBLE_PROCESSING","Invisible processing","Data not obtained from the person where no privacy notice is given (Article 14(5)) (with a WP248 criterion).","ICO_LIST"),
 ("TRACKING","Tracking","Tracking location or behaviour, including online (with a WP248 criterion).","ICO_LIST"),
 ("TARGETING_CHILDREN_OR_VULNERABLE","Targeting children or vulnerable people","Profiling, automated decisions or marketing aimed at children or vulnerable people, or online services offered to them.","ICO_LIST"),
 ("RISK_OF_PHYSICAL_HARM","Risk of physical harm","A breach could endanger someone's physical health or safety.","ICO_LIST"),
 ("EVALUATION_SCORING","Evaluation or scoring","WP248 criterion: evaluation or scoring, including profiling and predicting.","WP248_CRITERION"),
 ("AUTOMATED_DECISION_LEGAL_EFFECT","Automated decision with legal or similar effect","WP248 criterion.","WP248_CRITERION"),
 ("SYSTEMATIC_MONITORING","Systematic monitoring","WP248 criterion.","WP248_CRITERION"),
 ("SENSITIVE_OR_HIGHLY_PERSONAL_DATA","Sensitive or highly personal data","WP248 criterion.","WP248_CRITERION"),
 ("LARGE_SCALE","Large scale","WP248 criterion.","WP248_CRITERION"),
 ("MATCHING_COMBINING_DATASETS","Matching or combining datasets","WP248 criterion.","WP248_CRITERION"),
 ("VULNERABLE_DATA_SUBJECTS","Vulnerable data subjects","WP248 criterion.","WP248_CRITERION"),
 ("INNOVATIVE_USE_NEW_TECH","Innovative use or new technology","WP248 criterion.","WP248_CRITERION"),
 ("PREVENTS_EXERCISING_RIGHT_OR_SERVICE","Prevents exercising a right or using a service","WP248 criterion.","WP248_CRITERION")]:
    src={"ARTICLE_35_3":"UK GDPR Article 35(3)","ICO_LIST":"ICO list of processing likely to result in high risk (Article 35(4))","WP248_CRITERION":"Article 29 Working Party WP248 rev.01"}[kind]
    add("dpia-triggers",code,label,desc,src,kind=kind)

def q(s): return "'"+s.replace("'","''")+"'"
out=["-- Reference data: the law's own codes and labels, read-only through /v1/reference/...",
"create table reference_entry (",
"    list        text    not null,",
"    code        text    not null,",
"    label       text    not null,",
"    description text    not null,",
"    source      text    not null,",
"    position    integer not null,",
"    attributes  jsonb   not null default '{}'::jsonb,",
"    primary key (list, code)",
");","",
"insert into reference_entry (list, code, label, description, source, position, attributes) values"]
vals=[]
pos={}
for lst,code,label,desc,source,attrs in rows:
    pos[lst]=pos.get(lst,0)+1
    attrs={k:v for k,v in attrs.items() if v is not None}
    vals.append(f"({q(lst)}, {q(code)}, {q(label)}, {q(desc)}, {q(source)}, {pos[lst]}, {q(json.dumps(attrs, ensure_ascii=False))}::jsonb)")
out.append(",\n".join(vals)+";")
open(__import__("os").path.join(__import__("os").path.dirname(__file__),"../../src/main/resources/db/migration/V2__reference_data.sql"),"w").write("\n".join(out)+"\n")
print(len(rows), pos)
