package org.openropa.retention;

import org.openropa.reference.DisposalAction;
import org.openropa.reference.RetentionTrigger;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a retention rule in words, e.g. "Destroy 6 years after the end of the financial year (Limitation Act 1980 s.5)". */
public final class RetentionSummary {

    private RetentionSummary() {
    }

    public static String of(RetentionRule rule, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        if (RetentionPeriod.isPermanent(rule.period) || rule.disposalAction == DisposalAction.PERMANENT_PRESERVATION) {
            sb.append("Keep permanently");
            if (rule.disposalAction == DisposalAction.TRANSFER_TO_ARCHIVES) {
                sb.append(" and offer to the archives");
            }
        } else {
            sb.append(action(rule.disposalAction)).append(' ').append(RetentionPeriod.words(rule.period))
                    .append(" after ").append(trigger(rule.triggerEvent, rule.triggerDescription));
        }
        if (rule.rationaleCitation != null && !rule.rationaleCitation.isBlank()) {
            sb.append(" (").append(rule.rationaleCitation.trim()).append(')');
        }
        List<LegalHold> active = activeHolds(rule, today);
        if (!active.isEmpty()) {
            sb.append("; disposal suspended by legal hold: ")
                    .append(active.stream().map(LegalHold::name).collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    public static List<LegalHold> activeHolds(RetentionRule rule, LocalDate today) {
        return rule.legalHolds == null ? List.of() : rule.legalHolds.stream().filter(h -> h.activeOn(today)).toList();
    }

    private static String action(DisposalAction action) {
        return switch (action) {
            case DESTROY -> "Destroy";
            case SECURE_DESTROY -> "Destroy securely";
            case REVIEW -> "Review";
            case TRANSFER_TO_ARCHIVES -> "Offer to the archives";
            case PERMANENT_PRESERVATION -> "Keep permanently";
            case SELECT_OR_SAMPLE_FOR_ARCHIVE -> "Select for the archives and destroy the rest";
            case ANONYMISE -> "Anonymise";
            case RETURN_TO_CONTROLLER -> "Return to the controller";
            case TRANSFER_TO_OTHER_BODY -> "Transfer to another body";
        };
    }

    private static String trigger(RetentionTrigger trigger, String description) {
        String text = switch (trigger) {
            case END_OF_FINANCIAL_YEAR_LAST_MODIFIED -> "the end of the financial year";
            case END_OF_CALENDAR_YEAR -> "the end of the calendar year";
            case CURRENT_YEAR -> "the current year";
            case CLOSURE_OF_CASE -> "the case is closed";
            case LAST_ACTION -> "the last action";
            case LAST_CONTACT_OR_DEATH -> "last contact or death";
            case DATE_OF_DEATH -> "death";
            case DATE_OF_BIRTH -> "the date of birth";
            case EIGHTEENTH_BIRTHDAY -> "the 18th birthday";
            case TERMINATION -> "termination";
            case EXPIRY_OF_TERMS -> "the terms expire";
            case ADOPTION_ORDER -> "the adoption order";
            case DATE_OF_RECORDING -> "recording";
            case LAST_AMENDMENT -> "the last amendment";
            case SUPERSEDED -> "being superseded";
            case EVENT_SPECIFIC -> description != null && !description.isBlank() ? description.trim() : "the event";
            case TRANSIENT -> "creation";
        };
        if (trigger != RetentionTrigger.EVENT_SPECIFIC && description != null && !description.isBlank()) {
            text += ", " + description.trim();
        }
        return text;
    }
}
