package org.openropa.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openropa.common.SpreadsheetCells;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The export as an XLSX workbook laid out as the ICO's controller template, written row by row (POI's streaming workbook). */
final class Workbook {

    private Workbook() {
    }

    static void write(RopaData data, IcoTemplate.Labels labels, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle heading = book.createCellStyle();
            heading.cloneStyleFrom(wrap);
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle group = book.createCellStyle();
            group.cloneStyleFrom(heading);
            group.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());

            Tables.Table controller = Tables.controller(data, labels);
            Sheet sheet = book.createSheet("Template");
            landscape(sheet);
            contactBlock(sheet, data, heading, wrap);
            Row groups = sheet.createRow(7);
            TreeMap<Integer, String> starts = new TreeMap<>(IcoTemplate.GROUPS);
            for (Map.Entry<Integer, String> g : starts.entrySet()) {
                int first = g.getKey();
                Integer next = starts.higherKey(first);
                int last = (next == null ? IcoTemplate.HEADINGS.size() : next) - 1;
                for (int c = first; c <= last; c++) {
                    groups.createCell(c).setCellStyle(group);
                }
                groups.getCell(first).setCellValue(g.getValue());
                if (last > first) {
                    sheet.addMergedRegion(new CellRangeAddress(7, 7, first, last));
                }
            }
            int exported = writeTable(sheet, controller, 8, heading, wrap, 34);
            sheet.createFreezePane(1, 9);
            for (int c = 0; c < IcoTemplate.HEADINGS.size(); c++) {
                sheet.setColumnWidth(c, (c == 0 ? 22 : 34) * 256);
            }
            sheet.setRepeatingRows(CellRangeAddress.valueOf("8:9"));
            sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));

            exported += sheet(book, Tables.processor(data, labels), heading, wrap);
            for (Tables.Table t : List.of(Tables.assets(data), Tables.retention(data), Tables.measures(data))) {
                sheet(book, t, heading, wrap);
            }
            sheet(book, Tables.about(data, exported), heading, wrap);
            book.write(out);
            book.dispose();
        }
    }

    /** A further sheet: the table with its heading row frozen and repeated on each printed page; answers its row count. */
    private static int sheet(SXSSFWorkbook book, Tables.Table t, CellStyle heading, CellStyle wrap) {
        Sheet s = book.createSheet(t.name());
        landscape(s);
        int chars = t.headings().size() <= 2 ? 70 : 28;
        int rows = writeTable(s, t, 0, heading, wrap, chars);
        s.createFreezePane(0, 1);
        for (int c = 0; c < t.headings().size(); c++) {
            s.setColumnWidth(c, chars * 256);
        }
        s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        return rows;
    }

    /** Rows 1 to 6: the controller, its DPO and its representative, each with name, address, email and telephone. */
    private static void contactBlock(Sheet sheet, RopaData data, CellStyle heading, CellStyle wrap) {
        var o = data.organisation();
        String[][] block = {
                {"", "Name and contact details", "Data Protection Officer (if applicable)", "Representative (if applicable)"},
                {"Name", o.path("name").asText(""), o.path("dataProtectionOfficer").path("name").asText(""), o.path("representative").path("name").asText("")},
                {"Address", address(o.path("address")), address(o.path("dataProtectionOfficer").path("address")), address(o.path("representative").path("address"))},
                {"Email", o.path("email").asText(""), o.path("dataProtectionOfficer").path("email").asText(""), o.path("representative").path("email").asText("")},
                {"Telephone", o.path("phone").asText(""), o.path("dataProtectionOfficer").path("phone").asText(""), o.path("representative").path("phone").asText("")},
                {"ICO registration", o.path("icoRegistrationNumber").asText(""), "Complaints: " + o.path("complaints").path("url").asText(o.path("complaints").path("email").asText("")), ""}};
        for (int r = 0; r < block.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < block[r].length; c++) {
                var cell = row.createCell(c);
                cell.setCellValue(SpreadsheetCells.inert(block[r][c]));
                cell.setCellStyle(r == 0 || c == 0 ? heading : wrap);
            }
            fitHeight(row, java.util.Arrays.asList(block[r]), 34);
        }
    }

    private static String address(com.fasterxml.jackson.databind.JsonNode a) {
        if (a == null || a.isMissingNode() || a.isNull()) {
            return "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        a.path("lines").forEach(l -> parts.add(l.asText()));
        if (a.hasNonNull("town")) {
            parts.add(a.get("town").asText());
        }
        if (a.hasNonNull("postcode")) {
            parts.add(a.get("postcode").asText());
        }
        return String.join(", ", parts);
    }

    /** Writes the table's heading row and then its rows as they come; answers how many rows it wrote. */
    private static int writeTable(Sheet sheet, Tables.Table table, int headingRow, CellStyle heading, CellStyle wrap, int columnChars) {
        Row head = sheet.createRow(headingRow);
        for (int c = 0; c < table.headings().size(); c++) {
            var cell = head.createCell(c);
            cell.setCellValue(table.headings().get(c));
            cell.setCellStyle(heading);
        }
        fitHeight(head, table.headings(), columnChars);
        int[] next = {headingRow + 1};
        table.rows().forEach(cells -> {
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < cells.size(); c++) {
                var cell = row.createCell(c);
                cell.setCellValue(cells.get(c));
                cell.setCellStyle(wrap);
            }
            fitHeight(row, cells, columnChars);
        });
        return next[0] - headingRow - 1;
    }

    /**
     * A streamed sheet cannot measure its rows, so each row is given the height its longest wrapped cell needs
     * (a little generous: a line of a column holds about as many characters as the column is wide).
     */
    private static void fitHeight(Row row, List<String> cells, int columnChars) {
        int lines = 1;
        for (String cell : cells) {
            int cellLines = 0;
            for (String line : (cell == null ? "" : cell).split("\n", -1)) {
                cellLines += Math.max(1, (int) Math.ceil(line.length() / (columnChars * 0.95)));
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(Math.min(409f, lines * 13.5f + 2f));
    }

    /** A4 landscape; wide sheets run across pages at a readable size, with their heading rows (and first column) on each page. */
    private static void landscape(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setScale((short) 85);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setPrintGridlines(true);
    }
}
