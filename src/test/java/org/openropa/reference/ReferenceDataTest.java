package org.openropa.reference;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ReferenceDataTest {

    @Test
    void everyListIsServedAndEveryEnumCodeIsInIt() {
        for (ReferenceList list : ReferenceList.values()) {
            given().get("/v1/reference/" + list.path).then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(0));
        }
        for (Class<? extends Enum<?>> type : List.of(LawfulBasis.class, SpecialCategoryCondition.class, TransferMechanism.class,
                RetentionTrigger.class, DisposalAction.class, DataSubjectRight.class, DpiaTrigger.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String path = ((ReferenceCode) constant).referenceList().path;
                given().get("/v1/reference/" + path + "/" + constant.name()).then().statusCode(200).body("code", equalTo(constant.name()));
            }
        }
        for (SecurityClassification c : SecurityClassification.values()) {
            given().get("/v1/reference/security-classifications/" + c.name()).then().statusCode(200);
        }
    }

    @Test
    void lawfulBasesCarryTheLegalLabels() {
        given().get("/v1/reference/lawful-bases").then().statusCode(200)
                .body("items.label", hasItems("Consent", "Contract", "Legal obligation", "Vital interests", "Public task",
                        "Recognised legitimate interest", "Legitimate interests"))
                .body("totalSize", is(7));
        given().get("/v1/reference/lawful-bases/E_PUBLIC_TASK").then().body("article", equalTo("6(1)(e)"))
                .body("source", containsString("Article 6(1)(e)"));
    }

    @Test
    void conditionsSayWhatElseTheyNeed() {
        given().get("/v1/reference/special-category-conditions/G_SUBSTANTIAL_PUBLIC_INTEREST").then()
                .body("requiresSchedule1Condition", is(true)).body("article", equalTo("9(2)(g)"));
        given().get("/v1/reference/special-category-conditions/A_EXPLICIT_CONSENT").then().body("requiresSchedule1Condition", is(false));
        given().get("/v1/reference/schedule-1-conditions/P2_10_PREVENTING_DETECTING_UNLAWFUL_ACTS").then()
                .body("part", is(2)).body("paragraph", is(10)).body("appropriatePolicyDocumentRequired", is(true))
                .body("usableForCriminalOffenceData", is(true));
        given().get("/v1/reference/schedule-1-conditions/P1_02_HEALTH_SOCIAL_CARE").then().body("appropriatePolicyDocumentRequired", is(false));
        given().get("/v1/reference/schedule-1-conditions/P2_22_POLITICAL_PARTIES").then().body("usableForCriminalOffenceData", is(false));
    }

    @Test
    void countriesShowUkAdequacy() {
        given().get("/v1/reference/countries/US").then().statusCode(200)
                .body("adequacy.status", equalTo("PARTIAL")).body("adequacy.scopeNote", containsString("Data Privacy Framework"));
        given().get("/v1/reference/countries/BR").then().body("adequacy.status", equalTo("NONE")).body("label", equalTo("Brazil"));
        given().get("/v1/reference/countries/FR").then().body("adequacy.status", equalTo("FULL")).body("eea", is(true));
        given().get("/v1/reference/countries/EU").then().body("adequacy.status", equalTo("FULL")).body("kind", equalTo("INTERNATIONAL_ORGANISATION"));
        given().get("/v1/reference/countries/us").then().statusCode(200).body("code", equalTo("US"));
        given().queryParam("q", "korea").get("/v1/reference/countries").then().body("items.code", hasItem("KR"));
    }

    @Test
    void rightsMatrixFollowsTheLawfulBasis() {
        given().get("/v1/reference/data-subject-rights/ERASURE").then().body("lawfulBases", not(hasItem("E_PUBLIC_TASK")))
                .body("lawfulBases", hasItem("A_CONSENT"));
        given().get("/v1/reference/data-subject-rights/PORTABILITY").then().body("lawfulBases", equalTo(List.of("A_CONSENT", "B_CONTRACT")));
        given().get("/v1/reference/data-subject-rights/OBJECT").then().body("lawfulBases", hasItems("E_PUBLIC_TASK", "F_LEGITIMATE_INTERESTS"));
    }

    @Test
    void unknownCodesAndListsAre404() {
        given().get("/v1/reference/countries/ZZ").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/reference/lawful-bases/G_MADE_UP").then().statusCode(404);
        given().get("/v1/reference/colours").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/reference/transfer-mechanisms/IDTA").then().body("transferRiskAssessmentRequired", is(true))
                .body("adequacy", nullValue());
    }
}
