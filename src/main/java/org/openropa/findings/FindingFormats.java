package org.openropa.findings;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openropa.common.SpreadsheetCells;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/** Findings as CSV (RFC 4180) and as plain text, one finding per line, for spreadsheets and grep. */
final class FindingFormats {

    private static final String[] HEADINGS = {"severity", "ruleId", "entryType", "reference", "name", "businessFunction", "message",
            "legalReference", "resolution", "accepted", "entryId"};

    private FindingFormats() {
    }

    /** RFC 4180 (commons-csv), each cell made inert for spreadsheets. */
    static String csv(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADINGS).get())) {
            for (Finding f : findings) {
                printer.printRecord(Stream.of(f.severity().name(), f.ruleId(), f.entryType(), f.reference(), f.name(), f.businessFunction(),
                        f.message(), f.legalReference(), f.resolution(), f.accepted() ? "Yes" : "No", f.entryId()).map(SpreadsheetCells::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
