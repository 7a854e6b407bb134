package org.openropa.retention;

import org.junit.jupiter.api.Test;
import org.openropa.reference.DisposalAction;
import org.openropa.reference.RetentionTrigger;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetentionSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static RetentionRule rule(String period, RetentionTrigger trigger, DisposalAction action, String citation) {
        RetentionRule rule = new RetentionRule();
        rule.period = period;
        rule.triggerEvent = trigger;
        rule.disposalAction = action;
        rule.rationaleCitation = citation;
        rule.legalHolds = List.of();
        return rule;
    }

    @Test
    void aPeriodReadsAsActionPeriodAndTrigger() {
        assertEquals("Destroy 6 years after the end of the financial year (Limitation Act 1980 s.5)",
                RetentionSummary.of(rule("P6Y", RetentionTrigger.END_OF_FINANCIAL_YEAR_LAST_MODIFIED, DisposalAction.DESTROY,
                        "Limitation Act 1980 s.5"), TODAY));
    }

    @Test
    void permanentRecordsAreKeptPermanently() {
        assertEquals("Keep permanently and offer to the archives",
                RetentionSummary.of(rule("PERMANENT", RetentionTrigger.CLOSURE_OF_CASE, DisposalAction.TRANSFER_TO_ARCHIVES, null), TODAY));
    }

    @Test
    void aLegalHoldInForceSuspendsDisposal() {
        RetentionRule rule = rule("P30D", RetentionTrigger.DATE_OF_RECORDING, DisposalAction.SECURE_DESTROY, null);
        rule.legalHolds = List.of(new LegalHold("Inquiry", null, null, TODAY.minusDays(1), null),
                new LegalHold("Ended", null, null, TODAY.minusYears(2), TODAY.minusYears(1)));
        assertEquals("Destroy securely 30 days after recording; disposal suspended by legal hold: Inquiry", RetentionSummary.of(rule, TODAY));
        assertEquals(1, RetentionSummary.activeHolds(rule, TODAY).size());
    }

    @Test
    void anEventSpecificTriggerUsesItsDescription() {
        RetentionRule rule = rule("P2Y", RetentionTrigger.EVENT_SPECIFIC, DisposalAction.REVIEW, null);
        rule.triggerDescription = "the licence is surrendered";
        assertEquals("Review 2 years after the licence is surrendered", RetentionSummary.of(rule, TODAY));
    }
}
