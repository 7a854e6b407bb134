package org.openropa.reference;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** The reference data states the law as it stands in 2026 (issue: the law as it stands in 2026). */
@QuarkusTest
class LawOf2026Test {

    @ParameterizedTest
    @CsvSource({"P2_13_JOURNALISM,false", "P3_35_INDECENCY_OFFENCES_CHILDREN_ACCOUNTS,true", "P3_36_EXTENSION_OF_PART_2,true",
            "P3_37_INSURANCE_EXTENSION,true", "P2_10_PREVENTING_DETECTING_UNLAWFUL_ACTS,true", "P1_02_HEALTH_SOCIAL_CARE,false"})
    void schedule1ConditionsSayWhetherAnAppropriatePolicyDocumentIsNeeded(String code, boolean required) {
        given().get("/v1/reference/schedule-1-conditions/" + code).then().statusCode(200)
                .body("appropriatePolicyDocumentRequired", is(required))
                .body("appropriatePolicyDocumentProvision", containsString("Schedule 1"));
    }

    @Test
    void antiDopingNotesTheDisclosureThatNeedsNoPolicyDocument() {
        given().get("/v1/reference/schedule-1-conditions/P2_27_ANTI_DOPING_SPORT").then()
                .body("note", containsString("27(2)"));
    }

    @Test
    void article9LabelsKeepTheStatutesWords() {
        given().get("/v1/reference/special-category-conditions/E_MANIFESTLY_PUBLIC").then()
                .body("label", equalTo("Manifestly made public by the data subject"))
                .body("statutoryText", equalTo("processing relates to personal data which are manifestly made public by the data subject"));
    }

    @Test
    void publicTaskReadsAsAmendedByTheDataUseAndAccessAct() {
        given().get("/v1/reference/lawful-bases/E_PUBLIC_TASK").then()
                .body("statutoryText", containsString("a task of the controller carried out in the public interest or a task carried out in the exercise of official authority"))
                .body("source", containsString("s.70"));
    }

    @Test
    void objectionCoversRecognisedLegitimateInterest() {
        given().get("/v1/reference/data-subject-rights/OBJECT").then().body("lawfulBases", hasItem("EA_RECOGNISED_LEGITIMATE_INTEREST"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GF", "GP", "MQ", "RE", "YT", "MF", "AX"})
    void partsOfEeaStatesInsideTheEeaAreCovered(String code) {
        given().get("/v1/reference/countries/" + code).then().body("adequacy.status", equalTo("FULL")).body("eea", is(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BL", "GL", "SJ", "NC", "BM"})
    void territoriesOutsideTheEeaAreNotCoveredByTheirParentState(String code) {
        given().get("/v1/reference/countries/" + code).then().body("adequacy.status", equalTo("NONE"));
    }

    @Test
    void adequacyIsNamedAsTransfersApprovedByRegulations() {
        given().get("/v1/reference/transfer-mechanisms/UK_ADEQUACY_REGULATIONS").then()
                .body("label", containsString("adequacy")).body("label", containsString("45A"));
        given().get("/v1/reference/countries/FR").then().body("adequacy.instrument", containsString("Article 45A"));
    }

    @Test
    void schedule8ConditionsAreListedEachNeedingAPolicyDocument() {
        given().get("/v1/reference/schedule-8-conditions").then().statusCode(200)
                .body("totalSize", is(9))
                .body("items.appropriatePolicyDocumentRequired", everyItem(is(true)));
    }

    @Test
    void everyReferenceEntryCitesItsProvision() {
        for (String list : new String[] {"lawful-bases", "special-category-conditions", "schedule-1-conditions", "schedule-8-conditions",
                "countries", "transfer-mechanisms", "data-subject-rights"}) {
            given().get("/v1/reference/" + list).then().body("items.source", everyItem(notNullValue()));
        }
    }
}
