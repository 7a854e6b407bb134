package org.openropa.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfTriple;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The record for the ICO: the template workbook, CSV, JSON, the printable page and JSON-LD. */
@QuarkusTest
class ExportTest {

    /** An organisation with one fully populated activity PA-1 (with a formula-like purpose), a draft PA-2 and the registers they link. */
    private static String organisationWithARecord() {
        String org = Fixtures.organisation();
        String base = "/v1/organisations/" + org;
        given().contentType(ContentType.JSON).body(Map.of("reference", "R-1", "recordSeries", "Council tax accounts", "triggerEvent",
                "END_OF_FINANCIAL_YEAR_LAST_MODIFIED", "period", "P6Y", "disposalAction", "SECURE_DESTROY", "rationaleCitation", "Limitation Act 1980"))
                .post(base + "/retention-rules").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "SM-1", "name", "Encryption at rest", "kind", "TECHNICAL", "visibility", "PUBLIC"))
                .post(base + "/security-measures").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "SM-2", "name", "Secret internal control", "kind", "TECHNICAL"))
                .post(base + "/security-measures").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "IA-1", "name", "Revenues system", "assetType", "APPLICATION_SYSTEM",
                "location", "Azure UK South")).post(base + "/information-assets").then().statusCode(201);
        Map<String, Object> a = new HashMap<>();
        a.put("reference", "PA-1");
        a.put("name", "Council tax <billing>");
        a.put("status", "ACTIVE");
        a.put("businessFunction", "FIN");
        a.put("purposes", List.of(Map.of("description", "=HYPERLINK(\"http://x\")", "lawfulBasis", "E_PUBLIC_TASK",
                "legalReference", "Local Government Finance Act 1992")));
        a.put("dataSubjectCategories", List.of(Map.of("name", "Council tax payers"), Map.of("name", "Residents")));
        a.put("personalDataCategories", List.of(Map.of("name", "Bank details"), Map.of("name", "Disability evidence", "specialCategory", "HEALTH")));
        a.put("specialCategoryConditions", List.of("G_SUBSTANTIAL_PUBLIC_INTEREST"));
        a.put("schedule1Conditions", List.of("P2_06_STATUTORY_GOVERNMENT"));
        a.put("appropriatePolicyDocument", Map.of("url", "https://www.example.gov.uk/apd", "compliant", true));
        a.put("recipients", List.of(Map.of("name", "Enforcement agents", "type", "PROCESSOR", "country", "GB")));
        a.put("transfers", List.of(Map.of("country", "BR", "recipient", "Print bureau", "mechanism", "IDTA")));
        a.put("retentionRules", List.of("R-1"));
        a.put("securityMeasures", List.of("SM-1", "SM-2"));
        a.put("informationAssets", List.of("IA-1"));
        a.put("dpia", Map.of("required", true, "status", "SIGNED_OFF", "url", "https://intranet.example.gov.uk/dpia"));
        given().contentType(ContentType.JSON).body(a).post(base + "/processing-activities").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "PA-2", "name", "A draft", "status", "DRAFT"))
                .post(base + "/processing-activities").then().statusCode(201);
        return org;
    }

    private static byte[] export(String org, String format) {
        return given().queryParam("format", format).get("/v1/organisations/" + org + "/ropa").then().statusCode(200).extract().asByteArray();
    }

    private static List<String> row(Sheet sheet, int index) {
        DataFormatter text = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            cells.add(text.formatCellValue(sheet.getRow(index).getCell(c)));
        }
        return cells;
    }

    @Test
    void theWorkbookHasTheIcoHeadingsInRow9AndTheActivitiesFromRow10() throws Exception {
        String org = organisationWithARecord();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(org, "xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Template", sheet.getSheetName());
            assertEquals(IcoTemplate.HEADINGS, row(sheet, 8));
            assertEquals("Article 30 Record of Processing Activities", sheet.getRow(7).getCell(0).getStringCellValue());
            assertEquals("Business function", sheet.getRow(8).getCell(0).getStringCellValue());
            assertEquals("Reasons for not adhering to policy document (if applicable)", sheet.getRow(8).getCell(29).getStringCellValue());
            assertEquals("Finance", sheet.getRow(9).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(10) == null, "the draft is not exported by default");
            assertEquals(List.of("Template", "Processor record", "Information assets", "Retention schedule", "Security measures", "About this export"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3), book.getSheetName(4), book.getSheetName(5)));
        }
    }

    @Test
    void everyCellOfTheActivityIsWhatTheApiHolds() throws Exception {
        String org = organisationWithARecord();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(org, "xlsx")))) {
            List<String> cells = row(book.getSheetAt(0), 9);
            assertEquals(List.of("Finance", "'=HYPERLINK(\"http://x\")", "N/A", "Council tax payers; Residents",
                    "Bank details; Disability evidence (special category)", "Enforcement agents", "N/A", "Brazil",
                    "International Data Transfer Agreement (IDTA)", "Destroy securely 6 years after the end of the financial year (Limitation Act 1980)",
                    "Encryption at rest", "Article 6(1)(e) Public task (Local Government Finance Act 1992)",
                    "Article 9(2)(g) Reasons of substantial public interest (with a basis in law)", "N/A", "N/A",
                    cells.get(15), "No", "N/A", "N/A", "Revenues system (Azure UK South)", "Yes", "Signed off", "https://intranet.example.gov.uk/dpia",
                    "No", "N/A", "Schedule 1 paragraph 6: Statutory etc and government purposes",
                    "Article 6(1)(e) Public task (Local Government Finance Act 1992)", "https://www.example.gov.uk/apd", "Yes", "N/A"), cells);
            assertTrue(cells.get(15).contains("Right of access"));
            assertFalse(cells.get(10).contains("Secret internal control"), "internal measures stay out of the export");
        }
    }

    @Test
    void csvAndWorkbookAgreeCellForCell() throws Exception {
        String org = organisationWithARecord();
        String csv = new String(export(org, "csv"), java.nio.charset.StandardCharsets.UTF_8);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(org, "xlsx")));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            assertEquals(IcoTemplate.HEADINGS, parser.getHeaderNames());
            List<CSVRecord> records = parser.getRecords();
            assertEquals(1, records.size());
            assertEquals(row(book.getSheetAt(0), 9), records.get(0).toList());
            assertTrue(csv.contains("\r\n"), "RFC 4180 line ends");
        }
    }

    @Test
    void aFormulaInAPurposeComesOutInert() {
        String org = organisationWithARecord();
        String csv = new String(export(org, "csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
    }

    @Test
    void otherRegistersComeAsTheirOwnCsv() {
        String org = organisationWithARecord();
        given().queryParam("format", "csv").queryParam("record", "retention").get("/v1/organisations/" + org + "/ropa").then().statusCode(200)
                .body(containsString("Council tax accounts")).header("Content-Disposition", containsString("-retention.csv"));
        given().queryParam("format", "csv").queryParam("record", "measures").get("/v1/organisations/" + org + "/ropa").then().statusCode(200)
                .body(containsString("Encryption at rest")).body(not(containsString("Secret internal control")));
        given().queryParam("format", "csv").queryParam("record", "assets").get("/v1/organisations/" + org + "/ropa").then().body(containsString("Revenues system"));
    }

    @Test
    void theJsonHoldsEveryEntryWithItsLinksAndItsProvenance() {
        String org = organisationWithARecord();
        given().accept("application/json").get("/v1/organisations/" + org + "/ropa").then().statusCode(200)
                .body("organisation.id", equalTo(org)).body("exportedAt", notNullValue()).body("history.headHash", notNullValue())
                .body("processingActivities[0].retentionRules[0].retentionRule.reference", equalTo("R-1"))
                .body("informationAssets[0].processingActivities[0].reference", equalTo("PA-1"))
                .body("filters.status", equalTo("ACTIVE"));
    }

    @Test
    void theFileNameNamesTheOrganisationAndTheDay() {
        String org = organisationWithARecord();
        given().accept(ExportResource.XLSX).get("/v1/organisations/" + org + "/ropa").then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"ropa-" + org + "-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".xlsx\""));
    }

    @Test
    void thePrintableRecordEscapesEverything() {
        String org = organisationWithARecord();
        String html = given().queryParam("format", "html").get("/v1/organisations/" + org + "/ropa").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("Council tax &lt;billing&gt;"));
        assertFalse(html.contains("<billing>"));
        assertTrue(html.contains("@page"));
    }

    @Test
    void theJsonLdParsesAndHoldsPurposesBasesAndRecipientsAsDpvTriples() throws Exception {
        String org = organisationWithARecord();
        byte[] jsonld = given().accept("application/ld+json").get("/v1/organisations/" + org + "/ropa").then().statusCode(200).extract().asByteArray();
        RdfDataset dataset = JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonld))).get();
        List<RdfTriple> triples = dataset.getDefaultGraph().toList();
        assertTrue(triples.stream().anyMatch(t -> t.getPredicate().getValue().equals(DpvDocument.DPV + "hasPurpose")));
        assertTrue(triples.stream().anyMatch(t -> t.getPredicate().getValue().equals(DpvDocument.DPV + "hasLegalBasis")
                && t.getObject().getValue().equals(DpvDocument.GDPR + "A6-1-e")));
        assertTrue(triples.stream().anyMatch(t -> t.getPredicate().getValue().equals(DpvDocument.DPV + "hasRecipient")));
        assertTrue(triples.stream().anyMatch(t -> t.getObject().getValue().equals(DpvDocument.DPV + "DataController")));
    }

    @Test
    void filtersChooseTheActivities() {
        String org = organisationWithARecord();
        given().queryParam("status", "ALL").accept("application/json").get("/v1/organisations/" + org + "/ropa").then()
                .body("processingActivities.size()", equalTo(2));
        given().queryParam("status", "ALL").queryParam("reference", "PA-2").accept("application/json").get("/v1/organisations/" + org + "/ropa")
                .then().body("processingActivities.reference", equalTo(List.of("PA-2")));
        given().queryParam("format", "pdf").get("/v1/organisations/" + org + "/ropa").then().statusCode(400);
    }

    @Test
    void anExportAsAtGivesTheRecordAsItStood() throws Exception {
        String org = organisationWithARecord();
        java.time.Instant before = java.time.Instant.now();
        Thread.sleep(20);
        String etag = given().get("/v1/organisations/" + org + "/processing-activities/PA-1").header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("name", "Renamed"))
                .patch("/v1/organisations/" + org + "/processing-activities/PA-1").then().statusCode(200);
        given().queryParam("asAt", before.toString()).accept("application/json").get("/v1/organisations/" + org + "/ropa").then()
                .body("processingActivities[0].name", equalTo("Council tax <billing>")).body("asAt", notNullValue());
    }
}
