package org.openropa.findings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.openropa.register.EntryType;
import org.openropa.register.OrganisationEntry;

import java.time.LocalDate;

/** A finding a DPO accepted as a known risk, until a date, for as long as the finding stays as it was. */
@Entity
@Table(name = "finding_acceptance")
public class FindingAcceptance extends OrganisationEntry {

    public static final String NOUN = "finding acceptance";
    public static final EntryType TYPE = new EntryType("FINDING_ACCEPTANCE", "finding_acceptance", "reason", NOUN, "finding acceptances",
            "findings/acceptances");

    @Column(name = "rule_id")
    public String ruleId;

    @Column(name = "entry_type")
    public String entryType;

    @Column(name = "entry_id")
    public String entryId;

    @Column(name = "entry_reference")
    public String entryReference;

    /** The finding as it read when accepted: the acceptance lapses when the finding changes. */
    @Column(name = "finding_message")
    public String findingMessage;

    public String reason;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "expires_date")
    public LocalDate expiresDate;

    @Override
    public String displayName() {
        return ruleId + " " + entryReference;
    }
}
