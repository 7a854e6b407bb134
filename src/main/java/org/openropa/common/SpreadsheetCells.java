package org.openropa.common;

/** Text bound for a spreadsheet (CSV or XLSX) cell. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is made inert with a leading apostrophe. */
    public static String inert(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
