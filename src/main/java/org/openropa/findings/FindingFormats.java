package org.openropa.findings;

import java.util.List;

/** Findings as CSV (RFC 4180) and as plain text, one finding per line, for spreadsheets and grep. */
final class FindingFormats {

    private static final String[] HEADINGS = {"severity", "ruleId", "entryType", "reference", "name", "businessFunction", "message",
            "legalReference", "resolution", "accepted", "entryId"};

    private FindingFormats() {
    }

    static String csv(List<Finding> findings) {
        StringBuilder out = new StringBuilder(String.join(",", HEADINGS)).append("\r\n");
        for (Finding f : findings) {
            String[] cells = {f.severity().name(), f.ruleId(), f.entryType(), f.reference(), f.name(), f.businessFunction(), f.message(),
                    f.legalReference(), f.resolution(), f.accepted() ? "Yes" : "No", f.entryId()};
            for (int i = 0; i < cells.length; i++) {
                out.append(i == 0 ? "" : ",").append(cell(cells[i]));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** One line per finding: severity, rule, entry type, reference, message; tabs and line breaks in text become spaces. */
    static String text(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.severity()).append(' ').append(f.ruleId()).append(' ').append(f.entryType()).append(' ').append(f.reference())
                    .append(' ').append(f.message().replaceAll("[\\t\\r\\n]+", " ")).append(f.accepted() ? " (accepted)" : "").append('\n');
        }
        return out.toString();
    }

    /** Quoted when needed; a cell a spreadsheet would run as a formula is made inert with a leading apostrophe. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
