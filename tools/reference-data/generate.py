import json
rows=[]
def add(lst, code, label, desc, source, **attrs):
    rows.append((lst, code, label, desc, source, attrs))

UKGDPR="UK GDPR"
# Lawful bases (Art 6(1))
# label: the ICO's short name; statutoryText: the words of Article 6(1) as amended (DUAA 2025 s.70).
for code,art,label,text,note,ref,source in [
 ("A_CONSENT","6(1)(a)","Consent","the data subject has given consent to the processing of his or her personal data for one or more specific purposes",None,False,"UK GDPR Article 6(1)(a)"),
 ("B_CONTRACT","6(1)(b)","Contract","processing is necessary for the performance of a contract to which the data subject is party or in order to take steps at the request of the data subject prior to entering into a contract",None,False,"UK GDPR Article 6(1)(b)"),
 ("C_LEGAL_OBLIGATION","6(1)(c)","Legal obligation","processing is necessary for compliance with a legal obligation to which the controller is subject",None,True,"UK GDPR Article 6(1)(c); Article 6(3)"),
 ("D_VITAL_INTERESTS","6(1)(d)","Vital interests","processing is necessary in order to protect the vital interests of the data subject or of another natural person",None,False,"UK GDPR Article 6(1)(d)"),
 ("E_PUBLIC_TASK","6(1)(e)","Public task","processing is necessary for the performance of a task of the controller carried out in the public interest or a task carried out in the exercise of official authority vested in the controller","Wording as amended by the Data (Use and Access) Act 2025 s.70; DPA 2018 s.8 gives examples of such tasks.",True,"UK GDPR Article 6(1)(e) as amended by the Data (Use and Access) Act 2025 s.70; Article 6(3); DPA 2018 s.8"),
 ("EA_RECOGNISED_LEGITIMATE_INTEREST","6(1)(ea)","Recognised legitimate interest","processing is necessary for the purposes of a recognised legitimate interest","A recognised legitimate interest is one of the conditions in Annex 1 (Article 6(5)); in force from 5 February 2026. Not available to a public authority for processing in the performance of its tasks (last sentence of Article 6(1), which covers points (ea) and (f)).",False,"UK GDPR Article 6(1)(ea) and Annex 1, inserted by the Data (Use and Access) Act 2025 s.70"),
 ("F_LEGITIMATE_INTERESTS","6(1)(f)","Legitimate interests","processing is necessary for the purposes of the legitimate interests pursued by the controller or by a third party, except where such interests are overridden by the interests or fundamental rights and freedoms of the data subject which require protection of personal data, in particular where the data subject is a child","Not available to a public authority for processing in the performance of its tasks (last sentence of Article 6(1)).",False,"UK GDPR Article 6(1)(f)")]:
    desc=text[0].upper()+text[1:]+"."+(" "+note if note else "")
    add("lawful-bases",code,label,desc,source,article=art,statutoryText=text,legalReferenceExpected=ref,availableToPublicAuthorityForTasks=code not in("EA_RECOGNISED_LEGITIMATE_INTEREST","F_LEGITIMATE_INTERESTS"))

# label: the ICO's short name, with the statute's key words; statutoryText: the words of Article 9(2).
for code,art,label,text,sch in [
 ("A_EXPLICIT_CONSENT","9(2)(a)","Explicit consent","the data subject has given explicit consent to the processing of those personal data for one or more specified purposes, except where domestic law provides that the prohibition referred to in paragraph 1 may not be lifted by the data subject",None),
 ("B_EMPLOYMENT_SOCIAL_SECURITY_PROTECTION","9(2)(b)","Employment, social security and social protection","processing is necessary for the purposes of carrying out the obligations and exercising specific rights of the controller or of the data subject in the field of employment and social security and social protection law in so far as it is authorised by domestic law or a collective agreement pursuant to domestic law providing for appropriate safeguards for the fundamental rights and the interests of the data subject","DPA 2018 Schedule 1 Part 1 paragraph 1"),
 ("C_VITAL_INTERESTS","9(2)(c)","Vital interests","processing is necessary to protect the vital interests of the data subject or of another natural person where the data subject is physically or legally incapable of giving consent",None),
 ("D_NOT_FOR_PROFIT_BODY","9(2)(d)","Not-for-profit bodies","processing is carried out in the course of its legitimate activities with appropriate safeguards by a foundation, association or any other not-for-profit body with a political, philosophical, religious or trade union aim and on condition that the processing relates solely to the members or to former members of the body or to persons who have regular contact with it in connection with its purposes and that the personal data are not disclosed outside that body without the consent of the data subjects",None),
 ("E_MANIFESTLY_PUBLIC","9(2)(e)","Manifestly made public by the data subject","processing relates to personal data which are manifestly made public by the data subject",None),
 ("F_LEGAL_CLAIMS_JUDICIAL","9(2)(f)","Legal claims or judicial acts","processing is necessary for the establishment, exercise or defence of legal claims or whenever courts are acting in their judicial capacity",None),
 ("G_SUBSTANTIAL_PUBLIC_INTEREST","9(2)(g)","Reasons of substantial public interest (with a basis in law)","processing is necessary for reasons of substantial public interest, on the basis of domestic law which shall be proportionate to the aim pursued, respect the essence of the right to data protection and provide for suitable and specific measures to safeguard the fundamental rights and the interests of the data subject","DPA 2018 Schedule 1 Part 2 (paragraphs 6 to 28)"),
 ("H_HEALTH_SOCIAL_CARE","9(2)(h)","Health or social care (with a basis in law)","processing is necessary for the purposes of preventive or occupational medicine, for the assessment of the working capacity of the employee, medical diagnosis, the provision of health or social care or treatment or the management of health or social care systems and services on the basis of domestic law or pursuant to contract with a health professional and subject to the conditions and safeguards referred to in paragraph 3","DPA 2018 Schedule 1 Part 1 paragraph 2"),
 ("I_PUBLIC_HEALTH","9(2)(i)","Public health (with a basis in law)","processing is necessary for reasons of public interest in the area of public health, such as protecting against serious cross-border threats to health or ensuring high standards of quality and safety of health care and of medicinal products or medical devices, on the basis of domestic law which provides for suitable and specific measures to safeguard the rights and freedoms of the data subject, in particular professional secrecy","DPA 2018 Schedule 1 Part 1 paragraph 3"),
 ("J_ARCHIVING_RESEARCH_STATISTICS","9(2)(j)","Archiving, research and statistics (with a basis in law)","processing is necessary for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes in accordance with Article 89(1) (as supplemented by section 19 of the 2018 Act) based on domestic law which shall be proportionate to the aim pursued, respect the essence of the right to data protection and provide for suitable and specific measures to safeguard the fundamental rights and the interests of the data subject","DPA 2018 Schedule 1 Part 1 paragraph 4")]:
    desc=text[0].upper()+text[1:]+"."
    add("special-category-conditions",code,label,desc,f"UK GDPR Article {art}; DPA 2018 s.10",article=art,statutoryText=text,requiresSchedule1Condition=sch is not None,schedule1Conditions=sch)

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
 (2,13,"P2_13_JOURNALISM","Journalism etc in connection with unlawful acts and dishonesty etc",False),
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
 (3,35,"P3_35_INDECENCY_OFFENCES_CHILDREN_ACCOUNTS","Administration of accounts used in commission of indecency offences involving children",True),
 (3,36,"P3_36_EXTENSION_OF_PART_2","Extension of conditions in Part 2 of this Schedule referring to substantial public interest",True),
 (3,37,"P3_37_INSURANCE_EXTENSION","Extension of insurance conditions",True)]
criminal_p2={6,7,10,11,12,13,14,15,17,18,23,24,25,26,27,28}
partnames={1:"Part 1: conditions relating to employment, health and research etc",2:"Part 2: substantial public interest conditions",3:"Part 3: additional conditions relating to criminal convictions etc"}
for part,para,code,label,apd in sch1:
    crim = part==1 or part==3 or (part==2 and para in criminal_p2)
    note=None
    provision=f"paragraph {para}"
    if para==1: provision="paragraph 1(1)(b)"
    if 6<=para<=28: provision=f"paragraph 5 (and paragraph {para})"
    if para==10:
        note="No appropriate policy document is needed for a disclosure to a competent authority, or processing in preparation for one (paragraph 10(2))."
        provision="paragraphs 5 and 10(2)"
    if para==13:
        note="The paragraph itself provides that the condition is met even if the controller has no appropriate policy document in place (paragraph 13(3)), an exception to paragraph 5."
        provision="paragraphs 5 and 13(3)"
    if para==27:
        note="No appropriate policy document is needed for a disclosure to a body or association responsible for eliminating doping, or processing in preparation for one (paragraph 27(2))."
        provision="paragraphs 5 and 27(2)"
    if para==35:
        note="The condition itself requires an appropriate policy document in place when the processing is carried out (paragraph 35(1)(c))."
        provision="paragraph 35(1)(c)"
    if para==36: note="Met only where the processing would meet a Part 2 condition, so it needs the appropriate policy document that condition needs (paragraph 5)."
    if para==37: note="Met only where the processing would meet the insurance condition (paragraph 20), directly or through paragraph 36, so it needs the appropriate policy document that condition needs, as paragraph 36 does."
    if para in (36,37): provision=f"paragraph {para} read with paragraph 5"
    desc=f"DPA 2018 Schedule 1 paragraph {para}: {label}." + (" An appropriate policy document must be in place." if apd else " No appropriate policy document is required.")
    attrs=dict(part=part,partName=partnames[part],paragraph=para,appropriatePolicyDocumentRequired=apd,usableForCriminalOffenceData=crim,usableForSpecialCategoryData=part!=3)
    if note: attrs["note"]=note
    attrs["appropriatePolicyDocumentProvision"]=f"DPA 2018 Schedule 1 {provision}"
    add("schedule-1-conditions",code,label,desc,f"Data Protection Act 2018 Schedule 1 paragraph {para}",**attrs)

# Countries
eea={"AT","BE","BG","HR","CY","CZ","DK","EE","FI","FR","DE","GR","HU","IE","IT","LV","LT","LU","MT","NL","PL","PT","RO","SK","SI","ES","SE","IS","LI","NO"}
# After the Data (Use and Access) Act 2025 Schedule 7, adequacy is "transfers approved by regulations" (UK GDPR
# Article 45A, the data protection test); the adequacy carried over at the end of the transition period is treated
# as approved under it (DPA 2018 Schedule 21, as amended). "Adequacy" stays the familiar word in labels.
sch21="UK GDPR Article 45A (transfers approved by regulations); DPA 2018 Schedule 21 paragraphs 4 and 5 as amended by the Data (Use and Access) Act 2025 Schedule 7 (approval carried over from the end of the transition period)"
# ISO 3166-1 codes of territories that are part of an EEA state and inside the EEA: covered as that state is.
eea_parts={"GF":"France (outermost region)","GP":"France (outermost region)","MQ":"France (outermost region)","RE":"France (outermost region)",
           "YT":"France (outermost region)","MF":"France (outermost region)","AX":"Finland (autonomous region inside the EU)"}
# ISO codes with a parent state that are outside the EEA (overseas countries and territories, Svalbard): not covered by the parent's approval.
outside={"BL":"an overseas collectivity of France outside the EU since 2012","PM":"an overseas collectivity of France outside the EU",
         "NC":"a French overseas territory outside the EU","PF":"a French overseas territory outside the EU","WF":"a French overseas territory outside the EU",
         "TF":"a French overseas territory outside the EU","GL":"part of the Kingdom of Denmark outside the EU and the EEA",
         "SJ":"Norwegian territory to which the EEA Agreement does not apply","BV":"a Norwegian dependency outside the EEA",
         "AW":"a country of the Kingdom of the Netherlands outside the EU","CW":"a country of the Kingdom of the Netherlands outside the EU",
         "SX":"a country of the Kingdom of the Netherlands outside the EU","BQ":"Caribbean Netherlands, outside the EU"}
for bot in ["AI","BM","IO","VG","KY","FK","MS","PN","SH","GS","TC"]:
    outside[bot]="a British Overseas Territory, outside the United Kingdom for UK GDPR purposes"
full={"GI":sch21,"CH":sch21,"AR":sch21,"GG":sch21,"IM":sch21,"JE":sch21,"AD":sch21,"IL":sch21,"UY":sch21,"NZ":sch21,"FO":sch21}
partial={
 "CA":(sch21,"Covers only recipients subject to Canada's Personal Information Protection and Electronic Documents Act (PIPEDA)."),
 "JP":(sch21,"Covers only recipients subject to Japan's Act on the Protection of Personal Information (APPI), in the private sector."),
 "KR":("The Data Protection (Adequacy) (Republic of Korea) Regulations 2022 (SI 2022/1213), in force 19 December 2022, treated as approval regulations under UK GDPR Article 45A","Covers recipients subject to Korea's Personal Information Protection Act (PIPA)."),
 "US":("The Data Protection (Adequacy) (United States of America) Regulations 2023 (SI 2023/1028), in force 12 October 2023 (the UK-US data bridge), treated as approval regulations under UK GDPR Article 45A","Covers only organisations self-certified to the EU-US Data Privacy Framework and its UK Extension; other US recipients need another transfer mechanism."),
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
    elif c in eea_parts:
        adequacy=dict(status="FULL",scopeNote="Part of "+eea_parts[c]+": inside the EEA, so covered as its state is.",instrument=sch21)
    elif c in full:
        adequacy=dict(status="FULL",scopeNote=None,instrument=full[c])
    elif c in partial:
        adequacy=dict(status="PARTIAL",scopeNote=partial[c][1],instrument=partial[c][0])
    else:
        note="No regulations approve transfers to it (UK adequacy: none): a transfer needs an Article 46 safeguard (such as the IDTA or the UK Addendum, with a transfer risk assessment) or an Article 49 exception."
        if c in outside:
            note="It is "+outside[c]+", so the parent state's approval does not cover it. "+note
        if c=="AE":
            note+=" The Dubai International Financial Centre has no ISO code of its own: no UK regulations approving transfers to the DIFC were found (checked November 2026, verify on legislation.gov.uk before relying on this)."
        adequacy=dict(status="NONE",scopeNote=note,instrument=None)
    desc=f"{n} (ISO 3166-1 alpha-2 {c}). UK adequacy (transfers approved by regulations): {adequacy['status'].lower()}."
    source="ISO 3166-1; " + (adequacy["instrument"] if adequacy["instrument"] else "UK GDPR Articles 45A, 46 and 49 (no approval regulations)")
    add("countries",c,n,desc,source,kind="COUNTRY",eea=c in eea or c in eea_parts,adequacy=adequacy)
add("countries","EU","EU institutions, bodies, offices and agencies","Institutions, bodies, offices and agencies of the European Union, treated as adequate destinations.","Data Protection Act 2018 Schedule 21 paragraph 5",kind="INTERNATIONAL_ORGANISATION",eea=False,adequacy=dict(status="FULL",scopeNote="Covers EU institutions, bodies, offices and agencies, and equivalent EEA bodies.",instrument=sch21))
add("countries","XO","Other international organisation","An international organisation other than the EU institutions (name it in the transfer); no UK adequacy regulations cover it.","UK GDPR Article 4(26)",kind="INTERNATIONAL_ORGANISATION",eea=False,adequacy=dict(status="NONE",scopeNote="Needs an Article 46 safeguard or an Article 49 exception.",instrument=None))

# Transfer mechanisms
for code,label,desc,basis,tra,pp in [
 ("UK_ADEQUACY_REGULATIONS","UK adequacy (transfers approved by regulations, Article 45A)","The destination (or, for a partial approval, the recipient within its scope) is covered by regulations approving transfers under the data protection test, or by approval carried over from the end of the transition period.","UK GDPR Article 45A as inserted by the Data (Use and Access) Act 2025 Schedule 7; DPA 2018 Schedule 21 paragraphs 4 and 5",False,True),
 ("IDTA","International Data Transfer Agreement (IDTA)","The ICO's standard data protection clauses, a stand-alone UK contract, in force 21 March 2022.","UK GDPR Article 46(2)(d); DPA 2018 s.119A",True,True),
 ("UK_ADDENDUM_EU_SCCS","UK Addendum to the EU standard contractual clauses","The ICO's International Data Transfer Addendum to the European Commission's standard contractual clauses, in force 21 March 2022.","UK GDPR Article 46(2)(d); DPA 2018 s.119A",True,True),
 ("LEGACY_EU_SCCS","Legacy EU standard contractual clauses","Old-style EU SCCs, usable for UK transfers only until 21 March 2024; kept for history.","UK GDPR Article 46 (transitional)",True,True),
 ("BCR","Binding corporate rules","ICO-approved UK binding corporate rules within a group.","UK GDPR Articles 46(2)(b) and 47",True,True),
 ("PUBLIC_BODY_BINDING_INSTRUMENT","Legally binding instrument between a public body and another relevant person","A legally binding and enforceable instrument between a public body and another relevant person or persons.","UK GDPR Article 46(2)(a) as amended by the Data (Use and Access) Act 2025 Schedule 7",True,True),
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
 ("EIGHTEENTH_BIRTHDAY","Eighteenth birthday","Counted from the person's 18th birthday (some education and youth records). Not children in care: their case records count 75 years from the date of birth (Care Planning, Placement and Case Review (England) Regulations 2010 reg. 50)."),
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
for code,art,label,desc,applies,note,part3 in [
 ("INFORMED","13 and 14","Right to be informed","To be told how and why personal data are used.",ALL,None,"DPA 2018 s.44"),
 ("ACCESS","15","Right of access","To get a copy of one's personal data (subject access request).",ALL,None,"DPA 2018 s.45"),
 ("RECTIFICATION","16","Right to rectification","To have inaccurate personal data corrected and incomplete data completed.",ALL,None,"DPA 2018 s.46"),
 ("ERASURE","17","Right to erasure","To have personal data erased; not available where processing is needed for a legal obligation or a public task (Article 17(3)(b)).",["A_CONSENT","B_CONTRACT","D_VITAL_INTERESTS","EA_RECOGNISED_LEGITIMATE_INTEREST","F_LEGITIMATE_INTERESTS"],"Article 17(3)(b) excepts only points (c) and (e), so erasure is available for recognised legitimate interest (ea).","DPA 2018 s.47"),
 ("RESTRICTION","18","Right to restrict processing","To limit how personal data are used.",ALL,None,"DPA 2018 s.47"),
 ("PORTABILITY","20","Right to data portability","To receive data one provided in a machine-readable form, where processing is by automated means on consent or contract.",["A_CONSENT","B_CONTRACT"],None,None),
 ("OBJECT","21(1)","Right to object","To object, on grounds relating to one's particular situation, to processing based on point (e), (ea) or (f) of Article 6(1).",["E_PUBLIC_TASK","EA_RECOGNISED_LEGITIMATE_INTEREST","F_LEGITIMATE_INTERESTS"],"Article 21(1) as amended by the Data (Use and Access) Act 2025 covers points (e), (ea) and (f).",None),
 ("OBJECT_DIRECT_MARKETING","21(2)","Right to object to direct marketing","An absolute right to stop processing for direct marketing.",ALL,None,None),
 ("AUTOMATED_DECISION_SAFEGUARDS","22A to 22D","Safeguards for significant decisions based solely on automated processing","For a significant decision based solely on automated processing (no meaningful human involvement, Article 22A): to be told of it, to make representations, to obtain human intervention and to contest it (Article 22C).",ALL,"Given where the activity makes significant decisions based solely on automated processing, whatever the basis.","DPA 2018 ss.49 and 50"),
 ("WITHDRAW_CONSENT","7(3)","Right to withdraw consent","To withdraw consent at any time, as easily as it was given.",["A_CONSENT"],"Also applies where the Article 9 condition is explicit consent.",None),
 ("COMPLAIN_TO_CONTROLLER","DPA 2018 s.164A","Right to complain to the controller","To complain to the organisation about its use of personal data; the controller must acknowledge a complaint within 30 days (from 19 June 2026).",ALL,None,"DPA 2018 s.164A"),
 ("COMPLAIN_TO_ICO","77","Right to complain to the Information Commissioner","To complain to the ICO.",ALL,None,"DPA 2018 s.165")]:
    # part3Provision: where a law-enforcement (DPA 2018 Part 3) record has the right, the section that gives it; none where Part 3 has no such right.
    extra={}
    if note: extra["note"]=note
    if part3: extra["part3Provision"]=part3
    source=(f"UK GDPR Article {art}" if not art.startswith("DPA") else art) + (f"; for Part 3 processing {part3}" if part3 and part3!=art else "")
    add("data-subject-rights",code,label,desc,source,article=art,lawfulBases=applies,**extra)

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

# DPA 2018 Schedule 8: conditions for sensitive processing under Part 3 (s.35(5)); each needs an appropriate
# policy document (s.35(5)(c) and s.42).
for para,code,label,desc in [
 (1,"SCH8_01_STATUTORY_PURPOSES","Statutory etc purposes","Necessary for the exercise of a function conferred on a person by an enactment or rule of law, and for reasons of substantial public interest."),
 (2,"SCH8_02_ADMINISTRATION_OF_JUSTICE","Administration of justice","Necessary for the administration of justice."),
 (3,"SCH8_03_VITAL_INTERESTS","Protecting individual's vital interests","Necessary to protect the vital interests of the data subject or of another individual."),
 (4,"SCH8_04_SAFEGUARDING_CHILDREN_INDIVIDUALS_AT_RISK","Safeguarding of children and of individuals at risk","Necessary to protect a child or an individual at risk from neglect or physical, mental or emotional harm, or their physical, mental or emotional well-being, without consent for the reasons the paragraph gives, and for reasons of substantial public interest."),
 (5,"SCH8_05_PUBLIC_DOMAIN","Personal data already in the public domain","The personal data are manifestly made public by the data subject."),
 (6,"SCH8_06_LEGAL_CLAIMS","Legal claims","Necessary for legal proceedings, legal advice, or establishing, exercising or defending legal rights."),
 (7,"SCH8_07_JUDICIAL_ACTS","Judicial acts","Necessary when a court or other judicial authority is acting in its judicial capacity."),
 (8,"SCH8_08_PREVENTING_FRAUD","Preventing fraud","Necessary to prevent fraud, consisting of disclosure by, to or under the arrangements of an anti-fraud organisation (Serious Crime Act 2007 s.68)."),
 (9,"SCH8_09_ARCHIVING","Archiving etc","Necessary for archiving in the public interest, scientific or historical research, or statistics, with the safeguards of s.41.")]:
    add("schedule-8-conditions",code,label,f"DPA 2018 Schedule 8 paragraph {para}: {desc}",f"Data Protection Act 2018 Schedule 8 paragraph {para}; ss.35(5) and 42",
        paragraph=para,appropriatePolicyDocumentRequired=True,appropriatePolicyDocumentProvision="DPA 2018 s.35(5)(c) and s.42")

def q(s): return "'"+s.replace("'","''")+"'"
# Reference data lives in one table (V2); each revision of the law is a forward migration that replaces it whole.
# Codes are stable: stored entries keep naming them.
out=["-- Reference data as the law stands in 2026 (generated by tools/reference-data/generate.py): replaces V2's rows.",
"delete from reference_entry;","",
"insert into reference_entry (list, code, label, description, source, position, attributes) values"]
vals=[]
pos={}
for lst,code,label,desc,source,attrs in rows:
    pos[lst]=pos.get(lst,0)+1
    attrs={k:v for k,v in attrs.items() if v is not None}
    vals.append(f"({q(lst)}, {q(code)}, {q(label)}, {q(desc)}, {q(source)}, {pos[lst]}, {q(json.dumps(attrs, ensure_ascii=False))}::jsonb)")
out.append(",\n".join(vals)+";")
open(__import__("os").path.join(__import__("os").path.dirname(__file__),"../../src/main/resources/db/migration/V5__reference_data_2026.sql"),"w").write("\n".join(out)+"\n")
print(len(rows), pos)
