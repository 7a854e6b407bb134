import json
org = {
 "id": "fenmarsh", "name": "Fenmarsh Borough Council (demo)", "type": "UNITARY",
 "icoRegistrationNumber": "ZA900001", "publicAuthority": True, "employeeCount": 2350,
 "address": {"lines": ["Town Hall", "Market Place"], "town": "Fenmarsh", "postcode": "FM1 1TH"},
 "email": "customer.services@fenmarsh.example.gov.uk", "phone": "01632 960000",
 "website": "https://www.fenmarsh.example.gov.uk",
 "dataProtectionOfficer": {"name": "Priya Shah", "role": "Data Protection Officer", "email": "dpo@fenmarsh.example.gov.uk",
   "phone": "01632 960123", "address": {"lines": ["Information Governance Team", "Town Hall", "Market Place"], "town": "Fenmarsh", "postcode": "FM1 1TH"}},
 "representative": None,
 "businessFunctions": [
   {"reference": "CORP", "name": "Corporate Services"}, {"reference": "FIN", "name": "Finance and Revenues"},
   {"reference": "ICT", "name": "ICT and Digital"}, {"reference": "HR", "name": "People Services"},
   {"reference": "PLAN", "name": "Planning and Building Control"}, {"reference": "HOUS", "name": "Housing"},
   {"reference": "ASC", "name": "Adult Social Care"}, {"reference": "CS", "name": "Children's Services"},
   {"reference": "ENV", "name": "Environment and Community Safety"}, {"reference": "DEM", "name": "Democratic and Electoral Services"},
   {"reference": "COMMS", "name": "Communications"}, {"reference": "LIC", "name": "Licensing"},
   {"reference": "TRADED", "name": "Traded Services for Schools"}, {"reference": "LEIS", "name": "Leisure and Culture"}]}

def rule(ref, series, trigger, period, action, rtype=None, cite=None, fn=None, tdesc=None, holds=None, desc=None):
    r = {"reference": ref, "recordSeries": series, "triggerEvent": trigger, "period": period, "disposalAction": action,
         "status": "ACTIVE", "lastReviewedDate": "2026-03-31", "nextReviewDate": "2027-03-31"}
    for k, v in [("rationaleType", rtype), ("rationaleCitation", cite), ("function", fn), ("triggerDescription", tdesc), ("legalHolds", holds), ("description", desc)]:
        if v is not None: r[k] = v
    return r

rules = [
 rule("FIN-06", "Financial accounts, invoices and payments", "END_OF_FINANCIAL_YEAR_LAST_MODIFIED", "P6Y", "DESTROY", "LIMITATION_PERIOD", "Limitation Act 1980 s.5", "Finance"),
 rule("CTAX-01", "Council tax accounts and correspondence", "END_OF_FINANCIAL_YEAR_LAST_MODIFIED", "P6Y", "SECURE_DESTROY", "LIMITATION_PERIOD", "Limitation Act 1980 s.9", "Local taxation"),
 rule("NNDR-01", "Business rates accounts", "END_OF_FINANCIAL_YEAR_LAST_MODIFIED", "P6Y", "SECURE_DESTROY", "LIMITATION_PERIOD", "Limitation Act 1980 s.9", "Local taxation"),
 rule("HB-01", "Housing benefit and council tax reduction claims", "LAST_ACTION", "P6Y", "SECURE_DESTROY", "AUDIT_REQUIREMENT", "Housing Benefit (Administration) audit requirements", "Benefits"),
 rule("CCTV-01", "CCTV recordings", "DATE_OF_RECORDING", "P30D", "SECURE_DESTROY", "BUSINESS_NEED", "Surveillance Camera Code of Practice", "Community safety", desc="Kept longer only when needed for the investigation of a crime."),
 rule("ELEC-01", "Electoral registration forms and correspondence", "EVENT_SPECIFIC", "P1Y", "SECURE_DESTROY", "COMMON_PRACTICE", "Representation of the People (England and Wales) Regulations 2001", "Electoral registration", tdesc="publication of the revised register"),
 rule("PLAN-01", "Planning applications and decision notices", "CLOSURE_OF_CASE", "PERMANENT", "TRANSFER_TO_ARCHIVES", "STATUTE", "Town and Country Planning Act 1990", "Development management"),
 rule("LIC-01", "Taxi and private hire driver licence files", "EXPIRY_OF_TERMS", "P6Y", "SECURE_DESTROY", "LIMITATION_PERIOD", "Limitation Act 1980", "Licensing"),
 rule("HR-01", "Personnel files", "TERMINATION", "P6Y", "SECURE_DESTROY", "LIMITATION_PERIOD", "Limitation Act 1980", "Human resources", tdesc="end of employment"),
 rule("PAY-01", "Payroll and pension records", "END_OF_FINANCIAL_YEAR_LAST_MODIFIED", "P6Y", "SECURE_DESTROY", "STATUTE", "Income Tax (PAYE) Regulations 2003", "Payroll"),
 rule("REC-01", "Unsuccessful job applications", "EVENT_SPECIFIC", "P6M", "SECURE_DESTROY", "LIMITATION_PERIOD", "Equality Act 2010 s.123", "Recruitment", tdesc="the appointment is made"),
 rule("ASC-01", "Adult social care case records", "LAST_CONTACT_OR_DEATH", "P6Y", "SECURE_DESTROY", "GUIDANCE", "RGLA Social Services", "Adult social care"),
 rule("ASC-02", "Adult safeguarding enquiries", "LAST_ACTION", "P30Y", "REVIEW", "GUIDANCE", "Care Act 2014 s.42 guidance", "Adult safeguarding"),
 rule("CS-01", "Looked after children case records", "EIGHTEENTH_BIRTHDAY", "P75Y", "SECURE_DESTROY", "REGULATION", "Care Planning, Placement and Case Review (England) Regulations 2010 reg.50", "Children in care"),
 rule("CS-02", "Child protection enquiries (s.47)", "DATE_OF_BIRTH", "P35Y", "REVIEW", "GUIDANCE", "Children Act 1989 s.47", "Child protection",
      holds=[{"name": "IICSA", "scope": "Records relevant to child sexual abuse, child protection and care", "authority": "Independent Inquiry into Child Sexual Abuse", "startDate": "2015-07-01"}]),
 rule("WEB-01", "Website analytics data", "DATE_OF_RECORDING", "P14M", "DESTROY", "BUSINESS_NEED", None, "Digital services"),
 rule("NEWS-01", "Newsletter subscriber list", "EVENT_SPECIFIC", "P30D", "DESTROY", "BUSINESS_NEED", None, "Communications", tdesc="the subscriber unsubscribes"),
 rule("ALLOT-01", "Allotment tenancy agreements", "TERMINATION", "P6Y", "DESTROY", "LIMITATION_PERIOD", "Limitation Act 1980 s.5", "Allotments", tdesc="end of the tenancy"),
 rule("ICT-01", "Staff IT accounts and access logs", "TERMINATION", "P90D", "SECURE_DESTROY", "BUSINESS_NEED", None, "ICT", tdesc="the member of staff leaves"),
 rule("NFI-01", "National Fraud Initiative matches", "EVENT_SPECIFIC", "P3M", "SECURE_DESTROY", "GUIDANCE", "Code of Data Matching Practice 2018", "Counter fraud", tdesc="the end of the exercise"),
 rule("COMP-01", "Complaints and enquiries", "CLOSURE_OF_CASE", "P6Y", "DESTROY", "LIMITATION_PERIOD", "Limitation Act 1980", "Customer services"),
 rule("DEM-01", "Committee agendas, reports and minutes", "CLOSURE_OF_CASE", "PERMANENT", "PERMANENT_PRESERVATION", "STATUTE", "Local Government Act 1972 s.228", "Democratic services"),
 rule("DEM-02", "Register of members' interests", "CLOSURE_OF_CASE", "P6Y", "DESTROY", "STATUTE", "Localism Act 2011 s.29", "Democratic services", tdesc="election of a new council"),
 rule("HOUS-01", "Homelessness applications", "CLOSURE_OF_CASE", "P6Y", "SECURE_DESTROY", "LIMITATION_PERIOD", "Limitation Act 1980", "Housing options"),
 rule("SCH-01", "School MIS data held for the traded ICT service", "TERMINATION", "P30D", "RETURN_TO_CONTROLLER", "STATUTE", "UK GDPR Article 28(3)(g)", "Traded services", tdesc="end of the school's service agreement"),
 rule("ENF-01", "Enforcement and prosecution files", "CLOSURE_OF_CASE", "P6Y", "SECURE_DESTROY", "STATUTE", "Criminal Procedure and Investigations Act 1996", "Environmental enforcement"),
 rule("EMG-01", "Vulnerable persons register for emergencies", "SUPERSEDED", "P1M", "SECURE_DESTROY", "BUSINESS_NEED", "Civil Contingencies Act 2004", "Emergency planning"),
 rule("LEIS-01", "Leisure centre memberships", "TERMINATION", "P2Y", "DESTROY", "BUSINESS_NEED", None, "Leisure", tdesc="the membership ends"),
]

def measure(ref, name, kind, points, vis, desc, assurance=None):
    m = {"reference": ref, "name": name, "kind": kind, "article32Points": points, "visibility": vis, "description": desc,
         "status": "ACTIVE", "lastReviewedDate": "2026-02-01", "nextReviewDate": "2027-02-01"}
    if assurance: m["assurance"] = assurance
    return m

measures = [
 measure("SM-TLS", "Encryption in transit (HTTPS/TLS)", "TECHNICAL", ["A"], "PUBLIC", "All web services and connections to suppliers use TLS 1.2 or later."),
 measure("SM-ENC", "Encrypted servers and laptops", "TECHNICAL", ["A"], "PUBLIC", "Disks of servers, laptops and mobile devices are encrypted."),
 measure("SM-BACKUP", "Remote backup", "TECHNICAL", ["C"], "PUBLIC", "Nightly backups to a second UK site; restores tested quarterly."),
 measure("SM-FW", "Firewalls and anti-malware", "TECHNICAL", ["B"], "PUBLIC", "Perimeter and host firewalls; anti-malware on every device."),
 measure("SM-MFA", "Multi-factor authentication", "TECHNICAL", ["B"], "PUBLIC", "MFA for all staff accounts and remote access."),
 measure("SM-RBAC", "Need-to-know access control", "ORGANISATIONAL", ["B"], "PUBLIC", "Access to systems is granted by role and reviewed every six months."),
 measure("SM-AUDIT", "Audit logging and monitoring", "TECHNICAL", ["B", "D"], "INTERNAL", "Access to case management systems is logged and reviewed by the security team."),
 measure("SM-TRAIN", "Annual data protection training", "ORGANISATIONAL", ["B", "D"], "PUBLIC", "Mandatory annual training for all staff and councillors, with refreshers for Data Champions."),
 measure("SM-POL", "Information security policies", "ORGANISATIONAL", ["B"], "PUBLIC", "IT security, acceptable use, records management and clear desk policies."),
 measure("SM-PHYS", "Physical security of council buildings", "PHYSICAL", ["B"], "PUBLIC", "Access-controlled offices, locked storage for paper records."),
 measure("SM-DISP", "Secure disposal", "ORGANISATIONAL", ["B"], "PUBLIC", "Confidential waste shredded on site; equipment wiped to NCSC guidance."),
 measure("SM-PENTEST", "Annual penetration test", "TECHNICAL", ["D"], "INTERNAL", "External penetration test of internet-facing services each year.",
         [{"scheme": "CREST penetration test", "certificateReference": "PT-2026-04", "achievedDate": "2026-04-20"}]),
 measure("SM-CE", "Cyber Essentials Plus", "ORGANISATIONAL", ["D"], "PUBLIC", "Certified to Cyber Essentials Plus.",
         [{"scheme": "Cyber Essentials Plus", "certificateReference": "CEP-000000", "achievedDate": "2026-01-15", "expiryDate": "2027-01-15"}]),
 measure("SM-CONTRACTS", "Processor due diligence and contracts", "ORGANISATIONAL", ["B"], "PUBLIC", "Article 28 contracts and security checks for every processor."),
 measure("SM-UKHOST", "UK hosting", "TECHNICAL", ["B", "C"], "PUBLIC", "Cloud services are hosted in UK data centres."),
 measure("SM-DPIA", "Data protection impact assessment process", "ORGANISATIONAL", ["D"], "PUBLIC", "New or changed processing is screened for DPIA; high-risk processing is assessed before it starts."),
]

def asset(ref, name, atype, fn, hosting, location, country, crit, personal=True, special=False, criminal=False, children=False,
          volume="FROM_10K_TO_100K", rule_ref=None, ms=(), supplier=None, marking="OFFICIAL_SENSITIVE", fmt="ELECTRONIC", backup="DAILY", desc=None):
    a = {"reference": ref, "name": name, "assetType": atype, "format": fmt, "businessFunction": fn, "hostingModel": hosting,
         "location": location, "hostingCountry": country, "securityClassification": "OFFICIAL", "handlingMarking": marking,
         "businessCriticality": crit, "vitalRecord": crit == "CRITICAL", "containsPersonalData": personal,
         "containsSpecialCategoryData": special, "containsCriminalOffenceData": criminal, "containsChildrensData": children,
         "volumeBand": volume, "accessControls": ["RBAC", "NEED_TO_KNOW"] + (["MFA", "AUDIT_LOGGING"] if fmt != "PAPER" else ["PHYSICAL_LOCK"]),
         "backup": {"frequency": backup, "location": "Secondary UK data centre" if backup != "NONE" else None, "lastRestoreTestDate": "2026-09-15" if backup != "NONE" else None},
         "owner": {"name": OWNERS[fn], "role": "Information Asset Owner", "email": fn.lower() + ".iao@fenmarsh.example.gov.uk"},
         "administrator": {"name": "Systems administrator", "role": "Information Asset Administrator"},
         "securityMeasures": list(ms), "status": "ACTIVE", "lastReviewedDate": "2026-05-01", "nextReviewDate": "2027-05-01"}
    if rule_ref: a["retentionRule"] = rule_ref
    if supplier: a["supplier"] = supplier
    if desc: a["description"] = desc
    return a

OWNERS = {"ICT": "Head of ICT and Digital", "FIN": "Head of Revenues and Benefits", "ENV": "Head of Community Safety",
          "DEM": "Electoral Services Manager", "PLAN": "Head of Planning", "LIC": "Licensing Manager", "HR": "Head of People Services",
          "ASC": "Director of Adult Social Care", "CS": "Director of Children's Services", "COMMS": "Head of Communications",
          "CORP": "Head of Customer Services", "TRADED": "ICT Solutions Manager", "HOUS": "Head of Housing"}
STD = ("SM-TLS", "SM-ENC", "SM-MFA", "SM-RBAC", "SM-BACKUP")
assets = [
 asset("IA-M365", "Microsoft 365 (email, Teams, SharePoint)", "DOCUMENT_STORE", "ICT", "SAAS", "Microsoft UK South and UK West data centres", "GB", "CRITICAL", volume="OVER_100K", ms=STD + ("SM-UKHOST", "SM-AUDIT"), supplier={"name": "Microsoft", "contractReference": "ICT-2024-007", "contractEndDate": "2027-06-30"}, desc="Email, documents and collaboration for all services; hosted in the UK."),
 asset("IA-REV", "Revenues and benefits system", "APPLICATION_SYSTEM", "FIN", "SUPPLIER_HOSTED", "Supplier's UK data centre", "GB", "CRITICAL", volume="FROM_10K_TO_100K", rule_ref="CTAX-01", ms=STD + ("SM-AUDIT",), supplier={"name": "Revenues Software Ltd", "contractReference": "FIN-2022-031", "contractEndDate": "2028-03-31"}),
 asset("IA-CCTV", "CCTV system (civic centre and town centre)", "CCTV_SYSTEM", "ENV", "ON_PREMISES_COUNCIL_DC", "CCTV control room, Town Hall", "GB", "HIGH", special=True, criminal=True, volume="OVER_100K", rule_ref="CCTV-01", ms=("SM-PHYS", "SM-RBAC", "SM-AUDIT"), backup="NONE"),
 asset("IA-ELEC", "Electoral management system", "APPLICATION_SYSTEM", "DEM", "SUPPLIER_HOSTED", "Supplier's UK data centre", "GB", "CRITICAL", volume="OVER_100K", rule_ref="ELEC-01", ms=STD),
 asset("IA-PLAN", "Planning and building control system", "APPLICATION_SYSTEM", "PLAN", "SAAS", "Supplier cloud, UK", "GB", "HIGH", marking="NONE", rule_ref="PLAN-01", ms=STD),
 asset("IA-LIC", "Licensing system", "APPLICATION_SYSTEM", "LIC", "SAAS", "Supplier cloud, UK", "GB", "MEDIUM", criminal=True, volume="FROM_1K_TO_10K", rule_ref="LIC-01", ms=STD),
 asset("IA-HR", "HR and payroll system", "APPLICATION_SYSTEM", "HR", "SAAS", "Supplier cloud, UK", "GB", "CRITICAL", special=True, criminal=True, volume="FROM_1K_TO_10K", rule_ref="HR-01", ms=STD + ("SM-AUDIT",)),
 asset("IA-ASC", "Adult social care case management system", "APPLICATION_SYSTEM", "ASC", "SUPPLIER_HOSTED", "Supplier's UK data centre", "GB", "CRITICAL", special=True, volume="FROM_10K_TO_100K", rule_ref="ASC-01", ms=STD + ("SM-AUDIT",)),
 asset("IA-CSC", "Children's social care case management system", "APPLICATION_SYSTEM", "CS", "SUPPLIER_HOSTED", "Supplier's UK data centre", "GB", "CRITICAL", special=True, criminal=True, children=True, volume="FROM_10K_TO_100K", rule_ref="CS-01", ms=STD + ("SM-AUDIT",)),
 asset("IA-WEB", "Council website and analytics", "WEBSITE_ANALYTICS", "COMMS", "SAAS", "Website hosted in the UK; analytics by Google", "US", "MEDIUM", marking="NONE", volume="OVER_100K", rule_ref="WEB-01", ms=("SM-TLS", "SM-FW", "SM-PENTEST")),
 asset("IA-CRM", "Customer contact (CRM) system", "APPLICATION_SYSTEM", "CORP", "SAAS", "Supplier cloud, UK", "GB", "HIGH", volume="OVER_100K", rule_ref="COMP-01", ms=STD),
 asset("IA-ARCH", "Paper archive (off-site records store)", "PAPER_RECORDS", "CORP", "OFFSITE_RECORDS_STORE", "Off-site records store, Fenmarsh industrial estate", "GB", "MEDIUM", special=True, fmt="PAPER", backup="NONE", ms=("SM-PHYS", "SM-DISP")),
 asset("IA-SCHOOLS", "Schools MIS hosting platform (ICT Solutions)", "APPLICATION_SYSTEM", "TRADED", "ON_PREMISES_COUNCIL_DC", "Council data centre", "GB", "HIGH", special=True, children=True, volume="FROM_10K_TO_100K", rule_ref="SCH-01", ms=STD + ("SM-CE",)),
 asset("IA-NEWS", "Email newsletter platform", "APPLICATION_SYSTEM", "COMMS", "SAAS", "Supplier cloud, United States", "US", "LOW", marking="NONE", volume="FROM_10K_TO_100K", rule_ref="NEWS-01", ms=("SM-TLS", "SM-CONTRACTS")),
 asset("IA-ALLOT", "Allotments register (spreadsheet)", "SPREADSHEET", "ENV", "SAAS", "SharePoint, Microsoft 365", "GB", "LOW", marking="NONE", volume="UNDER_100", rule_ref="ALLOT-01", ms=("SM-ENC", "SM-RBAC")),
 asset("IA-HOUS", "Housing register and homelessness system", "APPLICATION_SYSTEM", "HOUS", "SAAS", "Supplier cloud, UK", "GB", "HIGH", special=True, volume="FROM_1K_TO_10K", rule_ref="HOUS-01", ms=STD),
]

P = lambda d, basis, ref=None, cls=None: {k: v for k, v in {"description": d, "lawfulBasis": basis, "legalReference": ref, "purposeClass": cls}.items() if v is not None}
def activity(ref, name, fn, purposes, subjects, data, recipients, rules_, assets_, ms=("SM-TLS", "SM-ENC", "SM-RBAC", "SM-TRAIN"), sources=(("DATA_SUBJECT_DIRECT", "Forms and correspondence"),), **extra):
    a = {"reference": ref, "name": name, "businessFunction": fn, "recordType": "CONTROLLER", "status": "ACTIVE",
         "owner": {"name": "Service manager", "role": "Information Asset Owner"},
         "purposes": purposes,
         "dataSubjectCategories": [{"name": s} for s in subjects],
         "personalDataCategories": [d if isinstance(d, dict) else {"name": d} for d in data],
         "sources": [{"type": t, "description": d, "publiclyAccessible": t == "PUBLICLY_ACCESSIBLE_SOURCE"} for t, d in sources],
         "recipients": [{"name": n, "type": t, "country": "GB", "processor": t == "PROCESSOR"} for n, t in recipients],
         "retentionRules": list(rules_), "informationAssets": list(assets_), "securityMeasures": list(ms),
         "securityDescription": "Encrypted servers and devices, HTTPS, multi-factor authentication, need-to-know access, annual staff training and secure disposal.",
         "privacyNoticeUrl": "https://www.fenmarsh.example.gov.uk/privacy/" + ref.lower(),
         "automatedDecisionMaking": {"exists": False, "significant": False},
         "dpia": {"required": False, "status": "NOT_REQUIRED"},
         "lastReviewedDate": "2026-04-01", "nextReviewDate": "2027-04-01"}
    a.update(extra)
    return a

HEALTH = {"name": "Health and disability information", "specialCategory": "HEALTH"}
ETHNIC = {"name": "Ethnic origin", "specialCategory": "RACIAL_ETHNIC_ORIGIN"}
CRIM = {"name": "Criminal convictions and offences", "criminalOffence": True}
APD = {"url": "https://www.fenmarsh.example.gov.uk/appropriate-policy-document", "compliant": True}
acts = [
 activity("PA-001", "CCTV: civic centre and town centre", "ENV",
   [P("Preventing and detecting crime and protecting the public and staff in public spaces", "E_PUBLIC_TASK", "Crime and Disorder Act 1998 s.17", "STATUTORY_NON_SAFEGUARDING")],
   ["Members of the public", "Staff and visitors"], ["CCTV images", {"name": "Images revealing health or ethnicity", "specialCategory": "HEALTH"}, CRIM],
   [("Fenmarsh Police", "LAW_ENFORCEMENT"), ("Insurers", "INDEPENDENT_CONTROLLER")], ["CCTV-01"], ["IA-CCTV"], ms=("SM-PHYS", "SM-RBAC", "SM-AUDIT"),
   sources=(("CCTV_OR_SENSOR", "Fixed cameras in the civic centre and town centre"),),
   specialCategoryConditions=["G_SUBSTANTIAL_PUBLIC_INTEREST"], schedule1Conditions=["P2_10_PREVENTING_DETECTING_UNLAWFUL_ACTS"], appropriatePolicyDocument=APD,
   criminalOffenceData={"officialAuthority": False, "schedule1Conditions": ["P2_10_PREVENTING_DETECTING_UNLAWFUL_ACTS"]},
   jointControllers=[{"name": "Fenmarsh Community Safety Partnership", "email": "csp@fenmarsh.example.gov.uk"}],
   dpia={"required": True, "screeningTriggers": ["ART35_3_C_PUBLIC_AREA_MONITORING", "SYSTEMATIC_MONITORING"], "status": "SIGNED_OFF", "url": "https://intranet.fenmarsh.example.gov.uk/dpia/cctv", "signedOffDate": "2025-11-01", "nextReviewDate": "2026-11-01"}),
 activity("PA-002", "Council tax billing", "FIN", [P("Billing council tax and administering discounts and exemptions", "E_PUBLIC_TASK", "Local Government Finance Act 1992 s.1", "FINANCE_REVENUES")],
   ["Council tax payers", "Residents"], ["Name and contact details", "Property and occupancy", "Bank details", HEALTH], [("Valuation Office Agency", "PUBLIC_AUTHORITY"), ("Printing and mailing supplier", "PROCESSOR")], [{"retentionRule": "CTAX-01", "personalDataCategory": "Bank details"}, "CTAX-01"], ["IA-REV"],
   specialCategoryConditions=["G_SUBSTANTIAL_PUBLIC_INTEREST"], schedule1Conditions=["P2_06_STATUTORY_GOVERNMENT"], appropriatePolicyDocument=APD),
 activity("PA-003", "Council tax recovery", "FIN", [P("Recovering unpaid council tax through reminders, liability orders and enforcement agents", "C_LEGAL_OBLIGATION", "Council Tax (Administration and Enforcement) Regulations 1992", "FINANCE_REVENUES")],
   ["Council tax payers in arrears"], ["Name and contact details", "Financial circumstances", "Court records"], [("Magistrates' court", "PUBLIC_AUTHORITY"), ("Enforcement agents", "PROCESSOR")], ["CTAX-01"], ["IA-REV"],
   processors=[{"name": "Fenmarsh Enforcement Agents Ltd", "contractUrl": "https://contracts.fenmarsh.example.gov.uk/enf-2024", "contractEndDate": "2027-09-30"}]),
 activity("PA-004", "Business rates", "FIN", [P("Billing and collecting non-domestic rates", "E_PUBLIC_TASK", "Local Government Finance Act 1988", "FINANCE_REVENUES")],
   ["Ratepayers (sole traders)"], ["Name and contact details", "Business and property details"], [("Valuation Office Agency", "PUBLIC_AUTHORITY")], ["NNDR-01"], ["IA-REV"]),
 activity("PA-005", "Housing benefit and council tax reduction", "FIN", [P("Assessing and paying housing benefit and council tax reduction", "E_PUBLIC_TASK", "Social Security Administration Act 1992", "FINANCE_REVENUES")],
   ["Claimants", "Household members", "Landlords"], ["Name and contact details", "Income and savings", HEALTH, "National Insurance number"], [("Department for Work and Pensions", "PUBLIC_AUTHORITY"), ("HM Revenue and Customs", "PUBLIC_AUTHORITY")], ["HB-01"], ["IA-REV"],
   sources=(("DATA_SUBJECT_DIRECT", "Claim forms"), ("OTHER_PUBLIC_AUTHORITY", "DWP and HMRC data shares")),
   specialCategoryConditions=["B_EMPLOYMENT_SOCIAL_SECURITY_PROTECTION"], schedule1Conditions=["P1_01_EMPLOYMENT_SOCIAL_SECURITY"], appropriatePolicyDocument=APD),
 activity("PA-006", "Electoral registration", "DEM", [P("Compiling and maintaining the electoral register", "C_LEGAL_OBLIGATION", "Representation of the People Act 1983 s.8", "DEMOCRATIC")],
   ["Residents aged 14 and over"], ["Name and address", "Date of birth", "Nationality", "National Insurance number"], [("Cabinet Office (IER Digital Service)", "PUBLIC_AUTHORITY"), ("Credit reference agencies (full register)", "INDEPENDENT_CONTROLLER"), ("Political parties and candidates", "INDEPENDENT_CONTROLLER")], ["ELEC-01"], ["IA-ELEC"],
   children=True),
 activity("PA-007", "Elections and referendums", "DEM", [P("Running elections: poll cards, postal votes and counts", "C_LEGAL_OBLIGATION", "Representation of the People Act 1983", "DEMOCRATIC")],
   ["Electors", "Candidates and agents", "Polling staff"], ["Name and address", "Signature and date of birth (postal votes)"], [("Printing supplier", "PROCESSOR")], ["ELEC-01"], ["IA-ELEC"]),
 activity("PA-008", "Planning applications", "PLAN", [P("Deciding planning applications and keeping the planning register", "E_PUBLIC_TASK", "Town and Country Planning Act 1990", "STATUTORY_NON_SAFEGUARDING")],
   ["Applicants and agents", "Neighbours and objectors"], ["Name and address", "Comments on applications"], [("Planning Inspectorate", "PUBLIC_AUTHORITY"), ("The public (planning register)", "INDEPENDENT_CONTROLLER")], ["PLAN-01"], ["IA-PLAN"],
   sources=(("PLANNING_APPLICANT", "Applications and supporting documents"), ("DATA_SUBJECT_DIRECT", "Comments from neighbours"))),
 activity("PA-009", "Taxi and private hire licensing", "LIC", [P("Deciding whether drivers are fit and proper to hold a licence", "E_PUBLIC_TASK", "Local Government (Miscellaneous Provisions) Act 1976 s.51", "ENFORCEMENT_LICENSING")],
   ["Licence applicants and holders"], ["Name and contact details", "Driving licence details", CRIM, HEALTH], [("Disclosure and Barring Service", "PUBLIC_AUTHORITY"), ("Fenmarsh Police", "LAW_ENFORCEMENT")], ["LIC-01"], ["IA-LIC"],
   specialCategoryConditions=["G_SUBSTANTIAL_PUBLIC_INTEREST"], schedule1Conditions=["P2_06_STATUTORY_GOVERNMENT"], appropriatePolicyDocument=APD,
   criminalOffenceData={"officialAuthority": True, "officialAuthorityReference": "Local Government (Miscellaneous Provisions) Act 1976 s.51", "schedule1Conditions": ["P2_06_STATUTORY_GOVERNMENT"]}),
 activity("PA-010", "Alcohol, entertainment and late night licensing", "LIC", [P("Granting and reviewing premises and personal licences", "E_PUBLIC_TASK", "Licensing Act 2003", "ENFORCEMENT_LICENSING")],
   ["Licence holders", "Designated premises supervisors", "People making representations"], ["Name and contact details", CRIM], [("Fenmarsh Police", "LAW_ENFORCEMENT")], ["LIC-01"], ["IA-LIC"],
   criminalOffenceData={"officialAuthority": True, "officialAuthorityReference": "Licensing Act 2003 s.120"}),
 activity("PA-011", "Adult social care assessments and support", "ASC", [P("Assessing needs and arranging care and support", "E_PUBLIC_TASK", "Care Act 2014 s.9", "DELIVERY")],
   ["Adults with care and support needs", "Carers"], ["Name and contact details", HEALTH, "Financial circumstances", ETHNIC], [("NHS bodies", "PUBLIC_AUTHORITY"), ("Care providers", "PROCESSOR")], ["ASC-01"], ["IA-ASC"],
   specialCategoryConditions=["H_HEALTH_SOCIAL_CARE"], schedule1Conditions=["P1_02_HEALTH_SOCIAL_CARE"],
   sources=(("DATA_SUBJECT_DIRECT", "Assessments"), ("HEALTH_BODY", "Hospital discharge referrals"), ("OTHER_INDIVIDUAL", "Family members")),
   dpia={"required": True, "screeningTriggers": ["SENSITIVE_OR_HIGHLY_PERSONAL_DATA", "VULNERABLE_DATA_SUBJECTS", "LARGE_SCALE"], "status": "SIGNED_OFF", "url": "https://intranet.fenmarsh.example.gov.uk/dpia/asc", "signedOffDate": "2025-06-30"}),
 activity("PA-012", "Adult safeguarding", "ASC", [P("Making enquiries where an adult may be at risk of abuse or neglect", "E_PUBLIC_TASK", "Care Act 2014 s.42", "STATUTORY_SAFEGUARDING")],
   ["Adults at risk", "Alleged perpetrators", "Referrers"], ["Name and contact details", HEALTH, CRIM], [("Fenmarsh Police", "LAW_ENFORCEMENT"), ("NHS bodies", "PUBLIC_AUTHORITY")], ["ASC-02"], ["IA-ASC"],
   specialCategoryConditions=["G_SUBSTANTIAL_PUBLIC_INTEREST"], schedule1Conditions=["P2_18_SAFEGUARDING_CHILDREN_INDIVIDUALS_AT_RISK"], appropriatePolicyDocument=APD,
   criminalOffenceData={"officialAuthority": True, "officialAuthorityReference": "Care Act 2014 s.42"}),
 activity("PA-013", "Children in care", "CS", [P("Looking after children in the council's care and planning their futures", "E_PUBLIC_TASK", "Children Act 1989 s.22", "STATUTORY_SAFEGUARDING")],
   ["Children in care", "Parents", "Foster carers"], ["Name and contact details", HEALTH, ETHNIC, "Education records"], [("Courts", "PUBLIC_AUTHORITY"), ("Schools", "PUBLIC_AUTHORITY"), ("Independent reviewing officers", "INTERNAL")], ["CS-01"], ["IA-CSC"],
   children=True, specialCategoryConditions=["H_HEALTH_SOCIAL_CARE", "G_SUBSTANTIAL_PUBLIC_INTEREST"], schedule1Conditions=["P1_02_HEALTH_SOCIAL_CARE", "P2_18_SAFEGUARDING_CHILDREN_INDIVIDUALS_AT_RISK"], appropriatePolicyDocument=APD,
   dpia={"required": True, "screeningTriggers": ["VULNERABLE_DATA_SUBJECTS", "SENSITIVE_OR_HIGHLY_PERSONAL_DATA"], "status": "SIGNED_OFF", "url": "https://intranet.fenmarsh.example.gov.uk/dpia/csc"}),
 activity("PA-014", "Child protection", "CS", [P("Investigating concerns that a child is suffering or likely to suffer significant harm", "E_PUBLIC_TASK", "Children Act 1989 s.47", "STATUTORY_SAFEGUARDING")],
   ["Children", "Parents and carers", "Referrers"], ["Name and contact details", HEALTH, CRIM, {"name": "Sex life", "specialCategory": "SEX_LIFE"}], [("Fenmarsh Police", "LAW_ENFORCEMENT"), ("NHS bodies", "PUBLIC_AUTHORITY"), ("Schools", "PUBLIC_AUTHORITY")], ["CS-02"], ["IA-CSC"],
   children=True, specialCategoryConditions=["G_SUBSTANTIAL_PUBLIC_INTEREST"], schedule1Conditions=["P2_18_SAFEGUARDING_CHILDREN_INDIVIDUALS_AT_RISK"], appropriatePolicyDocument=APD,
   criminalOffenceData={"officialAuthority": True, "officialAuthorityReference": "Children Act 1989 s.47"}),
 activity("PA-015", "Staff employment records", "HR", [P("Managing employment: contracts, absence, performance and conduct", "B_CONTRACT", None, "EMPLOYMENT_HR"), P("Meeting employer duties", "C_LEGAL_OBLIGATION", "Employment Rights Act 1996", "EMPLOYMENT_HR")],
   ["Employees", "Former employees"], ["Name and contact details", "Employment history", {"name": "Sickness absence", "specialCategory": "HEALTH"}, {"name": "Trade union membership", "specialCategory": "TRADE_UNION_MEMBERSHIP"}], [("Occupational health provider", "PROCESSOR"), ("Pension fund", "INDEPENDENT_CONTROLLER")], ["HR-01"], ["IA-HR"],
   specialCategoryConditions=["B_EMPLOYMENT_SOCIAL_SECURITY_PROTECTION"], schedule1Conditions=["P1_01_EMPLOYMENT_SOCIAL_SECURITY"], appropriatePolicyDocument=APD),
 activity("PA-016", "Payroll and pensions", "HR", [P("Paying staff and councillors and administering pensions", "C_LEGAL_OBLIGATION", "Income Tax (Earnings and Pensions) Act 2003", "EMPLOYMENT_HR")],
   ["Employees", "Councillors"], ["Name and contact details", "Bank details", "Salary and tax"], [("HM Revenue and Customs", "PUBLIC_AUTHORITY"), ("Local Government Pension Scheme fund", "INDEPENDENT_CONTROLLER")], ["PAY-01"], ["IA-HR"]),
 activity("PA-017", "Recruitment", "HR", [P("Recruiting staff, including pre-employment checks", "B_CONTRACT", None, "EMPLOYMENT_HR")],
   ["Job applicants", "Referees"], ["Name and contact details", "Employment history", CRIM, ETHNIC], [("Disclosure and Barring Service", "PUBLIC_AUTHORITY")], ["REC-01"], ["IA-HR"],
   sources=(("DATA_SUBJECT_DIRECT", "Application forms"), ("OTHER_INDIVIDUAL", "Referees")),
   criminalOffenceData={"officialAuthority": False, "schedule1Conditions": ["P1_01_EMPLOYMENT_SOCIAL_SECURITY"]}),
 activity("PA-018", "Staff IT accounts and devices", "ICT", [P("Managing staff IT accounts and allocating laptops, phones and software", "B_CONTRACT", None, "ICT_SECURITY"), P("Keeping council systems secure and monitoring threats", "E_PUBLIC_TASK", "Localism Act 2011 s.1", "ICT_SECURITY")],
   ["Employees", "Councillors", "Contractors"], ["Name and job title", "Account credentials and usage logs", "Allocated devices"], [("Microsoft", "PROCESSOR"), ("Google", "PROCESSOR")], ["ICT-01"], ["IA-M365"], ms=("SM-MFA", "SM-AUDIT", "SM-FW", "SM-ENC"),
   sources=(("INTERNALLY_GENERATED", "Account provisioning and logs"),)),
 activity("PA-019", "Website analytics", "COMMS", [P("Understanding how the website is used to improve it", "A_CONSENT", None, "PERFORMANCE")],
   ["Website visitors"], ["Online identifiers (IP address, cookie IDs)", "Device and browsing data"], [("Google", "PROCESSOR")], ["WEB-01"], ["IA-WEB"], ms=("SM-TLS",),
   sources=(("WEBSITE_COOKIES_ANALYTICS", "Analytics cookies set with consent"),),
   consentRecordUrl="https://www.fenmarsh.example.gov.uk/cookies/consent-log",
   transfers=[{"country": "US", "recipient": "Google LLC", "mechanism": "UK_ADEQUACY_REGULATIONS", "safeguardsUrl": "https://www.fenmarsh.example.gov.uk/privacy/transfers"}]),
 activity("PA-020", "Residents' newsletter", "COMMS", [P("Sending the e-newsletter to subscribers", "A_CONSENT", None, "COMMUNICATIONS")],
   ["Newsletter subscribers"], ["Email address", "Topics of interest"], [("Newsletter platform", "PROCESSOR")], ["NEWS-01"], ["IA-NEWS"], ms=("SM-TLS", "SM-CONTRACTS"),
   consentRecordUrl="https://www.fenmarsh.example.gov.uk/newsletter/consent-log",
   transfers=[{"country": "US", "recipient": "Newsletter platform Inc", "mechanism": "IDTA", "safeguardsUrl": "https://contracts.fenmarsh.example.gov.uk/idta-news",
               "transferRiskAssessment": {"method": "ICO_TOOL", "date": "2025-10-01", "outcome": "PROCEED", "url": "https://intranet.fenmarsh.example.gov.uk/tra/news"}}]),
 activity("PA-021", "National Fraud Initiative data matching", "FIN", [P("Providing data to the Cabinet Office for fraud data matching", "C_LEGAL_OBLIGATION", "Local Audit and Accountability Act 2014 Part 6 and Sch. 9", "FINANCE_REVENUES")],
   ["Benefit claimants", "Council tax payers", "Employees", "Licence holders"], ["Name and address", "Date of birth", "Financial details"], [("Cabinet Office", "PUBLIC_AUTHORITY")], ["NFI-01"], ["IA-REV", "IA-HR"],
   sources=(("DATA_MATCHING_EXERCISE", "Matches returned by the National Fraud Initiative"),),
   schedule1Conditions=["P2_14_PREVENTING_FRAUD"],
   dpia={"required": True, "screeningTriggers": ["DATA_MATCHING"], "status": "SIGNED_OFF", "url": "https://intranet.fenmarsh.example.gov.uk/dpia/nfi"}),
 activity("PA-022", "Allotment tenancies", "ENV", [P("Letting and managing allotment plots", "B_CONTRACT", None, "DELIVERY")],
   ["Allotment holders", "Waiting list applicants"], ["Name and contact details", "Payment details"], [], ["ALLOT-01"], ["IA-ALLOT"], ms=("SM-ENC", "SM-RBAC")),
 activity("PA-023", "Complaints and enquiries", "CORP", [P("Handling complaints, compliments and enquiries", "E_PUBLIC_TASK", "Local Government Act 1974 Part III", "DELIVERY")],
   ["Complainants", "People complained about"], ["Name and contact details", "Correspondence and call notes"], [("Local Government and Social Care Ombudsman", "REGULATOR")], ["COMP-01"], ["IA-CRM"],
   sources=(("DATA_SUBJECT_DIRECT", "Complaints"), ("ORGANISATION_COMPLAINED_ABOUT", "Responses from services"))),
 activity("PA-024", "Information requests (FOI, EIR and subject access)", "CORP", [P("Answering requests under FOIA, EIR and UK GDPR Article 15", "C_LEGAL_OBLIGATION", "Freedom of Information Act 2000 s.1", "STATUTORY_NON_SAFEGUARDING")],
   ["Requesters", "Third parties named in records"], ["Name and contact details", "Request correspondence"], [("Information Commissioner's Office", "REGULATOR")], ["COMP-01"], ["IA-CRM", "IA-M365"]),
 activity("PA-025", "Equality monitoring", "HR", [P("Monitoring equality of opportunity in employment and services", "C_LEGAL_OBLIGATION", "Equality Act 2010 s.149", "PERFORMANCE")],
   ["Employees", "Job applicants", "Service users"], [ETHNIC, {"name": "Religion or belief", "specialCategory": "RELIGIOUS_PHILOSOPHICAL_BELIEFS"}, HEALTH, {"name": "Sexual orientation", "specialCategory": "SEXUAL_ORIENTATION"}], [], ["HR-01"], ["IA-HR"],
   specialCategoryConditions=["G_SUBSTANTIAL_PUBLIC_INTEREST"], schedule1Conditions=["P2_08_EQUALITY"], appropriatePolicyDocument=APD),
 activity("PA-026", "Councillors' register of interests", "DEM", [P("Keeping and publishing the register of members' interests", "C_LEGAL_OBLIGATION", "Localism Act 2011 s.29", "DEMOCRATIC")],
   ["Councillors", "Co-opted members"], ["Name", "Employment and property interests"], [("The public (published register)", "INDEPENDENT_CONTROLLER")], ["DEM-02"], ["IA-M365"]),
 activity("PA-027", "Council and committee meetings", "DEM", [P("Running meetings, public questions and webcasts", "E_PUBLIC_TASK", "Local Government Act 1972 s.100A", "DEMOCRATIC")],
   ["Councillors", "Members of the public asking questions"], ["Name", "Questions and representations", "Video images (webcasts)"], [("The public", "INDEPENDENT_CONTROLLER")], ["DEM-01"], ["IA-M365"]),
 activity("PA-028", "Homelessness applications", "HOUS", [P("Assessing homelessness and providing temporary accommodation", "E_PUBLIC_TASK", "Housing Act 1996 Part 7", "STATUTORY_NON_SAFEGUARDING")],
   ["Applicants", "Household members"], ["Name and contact details", HEALTH, "Income and housing history"], [("Housing associations", "INDEPENDENT_CONTROLLER"), ("NHS bodies", "PUBLIC_AUTHORITY")], ["HOUS-01"], ["IA-HOUS"],
   specialCategoryConditions=["G_SUBSTANTIAL_PUBLIC_INTEREST"], schedule1Conditions=["P2_06_STATUTORY_GOVERNMENT"], appropriatePolicyDocument=APD),
 activity("PA-029", "Housing register and allocations", "HOUS", [P("Keeping the housing register and allocating social housing", "E_PUBLIC_TASK", "Housing Act 1996 Part 6", "DELIVERY")],
   ["Applicants", "Household members"], ["Name and contact details", "Housing need", HEALTH], [("Housing associations", "INDEPENDENT_CONTROLLER")], ["HOUS-01"], ["IA-HOUS"],
   specialCategoryConditions=["G_SUBSTANTIAL_PUBLIC_INTEREST"], schedule1Conditions=["P2_06_STATUTORY_GOVERNMENT"], appropriatePolicyDocument=APD,
   automatedDecisionMaking={"exists": True, "significant": False, "usesSpecialCategoryData": False, "logicSummary": "Applications are banded automatically from the answers given; an officer checks every banding before it is confirmed.", "safeguards": ["INFORM", "HUMAN_INTERVENTION"]}),
 activity("PA-030", "Food hygiene inspections", "ENV", [P("Inspecting food businesses and publishing hygiene ratings", "E_PUBLIC_TASK", "Food Safety Act 1990", "ENFORCEMENT_LICENSING")],
   ["Food business operators"], ["Name and contact details", "Inspection findings"], [("Food Standards Agency", "REGULATOR")], ["ENF-01"], ["IA-CRM"]),
 activity("PA-031", "Fly-tipping and environmental crime enforcement", "ENV", [P("Investigating and prosecuting environmental offences", "E_PUBLIC_TASK", "Environmental Protection Act 1990 s.33", "ENFORCEMENT_LICENSING")],
   ["Suspects", "Witnesses"], ["Name and address", CRIM, "CCTV images"], [("Magistrates' court", "PUBLIC_AUTHORITY"), ("Fenmarsh Police", "LAW_ENFORCEMENT")], ["ENF-01"], ["IA-CCTV", "IA-CRM"],
   regime="DPA2018_PART3_LAW_ENFORCEMENT", criminalOffenceData={"officialAuthority": True, "officialAuthorityReference": "Environmental Protection Act 1990 s.33"},
   sources=(("CCTV_OR_SENSOR", "Deployable cameras at hotspots"), ("OTHER_INDIVIDUAL", "Reports from residents"))),
 activity("PA-032", "Emergency planning: vulnerable persons", "ENV", [P("Identifying people who may need help in an emergency", "E_PUBLIC_TASK", "Civil Contingencies Act 2004 s.2", "STATUTORY_SAFEGUARDING"), P("Protecting life in an emergency", "D_VITAL_INTERESTS", None, "STATUTORY_SAFEGUARDING")],
   ["Vulnerable residents"], ["Name and address", HEALTH], [("Emergency services", "PUBLIC_AUTHORITY"), ("Utility companies", "INDEPENDENT_CONTROLLER")], ["EMG-01"], ["IA-ASC"],
   specialCategoryConditions=["C_VITAL_INTERESTS", "H_HEALTH_SOCIAL_CARE"], schedule1Conditions=["P1_02_HEALTH_SOCIAL_CARE"]),
 activity("PA-033", "Leisure centre memberships", "LEIS", [P("Selling and managing leisure memberships and bookings", "B_CONTRACT", None, "DELIVERY")],
   ["Members", "Parents of junior members"], ["Name and contact details", "Payment details", {"name": "Health screening answers", "specialCategory": "HEALTH"}], [("Payment provider", "PROCESSOR")], ["LEIS-01"], ["IA-CRM"],
   children=True, specialCategoryConditions=["A_EXPLICIT_CONSENT"]),
]
processor = activity("PA-034", "ICT Solutions: traded ICT service for schools", "TRADED", [],
   ["Pupils", "Parents and carers", "School staff"], ["Pupil records in the school MIS", {"name": "Special educational needs and health", "specialCategory": "HEALTH"}, "Staff accounts"], [("Sub-processor: backup provider", "SUB_PROCESSOR")], ["SCH-01"], ["IA-SCHOOLS"],
   ms=("SM-TLS", "SM-ENC", "SM-BACKUP", "SM-CE", "SM-AUDIT"), sources=(("EDUCATION_SETTING_MIS", "Schools' management information systems"),),
   children=True)
processor["recordType"] = "PROCESSOR"
processor["controllers"] = [
  {"name": "Oakfield Primary School", "contact": {"name": "Headteacher", "email": "head@oakfield.example.sch.uk", "phone": "01632 960500"},
   "dataProtectionOfficer": {"name": "Schools DPO Service", "email": "schoolsdpo@fenmarsh.example.gov.uk"}},
  {"name": "Fenmarsh Academy Trust", "contact": {"name": "Chief Operating Officer", "email": "coo@fenmarshtrust.example.org.uk"},
   "dataProtectionOfficer": {"name": "Trust DPO", "email": "dpo@fenmarshtrust.example.org.uk"}}]
processor["categoriesOfProcessing"] = ["Hosting and backing up the school MIS", "ICT helpdesk (requests for assistance)", "Managing staff and pupil network accounts"]
acts.append(processor)

demo = {"organisation": org, "retentionRules": rules, "securityMeasures": measures, "informationAssets": assets, "processingActivities": acts}
json.dump(demo, open(__import__("os").path.join(__import__("os").path.dirname(__file__), "../../src/main/resources/demo/fenmarsh.json"), "w"), indent=1, ensure_ascii=False)
print(len(rules), len(measures), len(assets), len(acts))
