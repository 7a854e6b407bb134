package org.openropa.contract;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openropa.client.ApiClient;
import org.openropa.client.ApiException;
import org.openropa.client.ApiResponse;
import org.openropa.client.api.OrganisationsApi;
import org.openropa.client.api.ProcessingActivitiesApi;
import org.openropa.client.api.RetentionScheduleApi;
import org.openropa.client.model.ActivityStatus;
import org.openropa.client.model.DisposalAction;
import org.openropa.client.model.LawfulBasis;
import org.openropa.client.model.LinkRef;
import org.openropa.client.model.LinkRefObject;
import org.openropa.client.model.OrganisationCreateRequest;
import org.openropa.client.model.OrganisationType;
import org.openropa.client.model.Problem;
import org.openropa.client.model.ProcessingActivity;
import org.openropa.client.model.ProcessingActivityPage;
import org.openropa.client.model.ProcessingActivityPatch;
import org.openropa.client.model.ProcessingActivityRequest;
import org.openropa.client.model.Purpose;
import org.openropa.client.model.RecordType;
import org.openropa.client.model.RetentionRuleLinkObject;
import org.openropa.client.model.RetentionRuleLinkRequest;
import org.openropa.client.model.RetentionRuleRequest;
import org.openropa.client.model.RetentionTrigger;
import org.openropa.common.AuthenticatedTests;
import org.openropa.common.Fixtures;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The committed OpenAPI document is a contract a generated client can trust: a Java client generated from
 * openapi/openapi.yaml at build (target/generated-test-sources) drives the service through its API only.
 */
@QuarkusTest
class ContractTest {

    @TestHTTPResource("/")
    URL base;

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + AuthenticatedTests.ADMIN_KEY));
        return client;
    }

    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().get("etag").get(0);
    }

    @Test
    void aGeneratedJavaClientKeepsTheRecordThroughItsWholeLife() throws Exception {
        ApiClient client = client();
        OrganisationsApi organisations = new OrganisationsApi(client);
        RetentionScheduleApi rules = new RetentionScheduleApi(client);
        ProcessingActivitiesApi activities = new ProcessingActivitiesApi(client);
        String org = Fixtures.unique("contract");

        organisations.createOrganisation(new OrganisationCreateRequest().id(org).name("Contract Borough Council").type(OrganisationType.DISTRICT));
        rules.createRetentionRule(org, new RetentionRuleRequest().reference("FIN-06").recordSeries("Council tax accounts")
                .triggerEvent(RetentionTrigger.END_OF_FINANCIAL_YEAR_LAST_MODIFIED).period("P6Y").disposalAction(DisposalAction.SECURE_DESTROY));
        ProcessingActivity created = activities.createProcessingActivity(org, new ProcessingActivityRequest().reference("PA-1")
                .name("Council tax billing").description("Billing and collecting council tax").status(ActivityStatus.ACTIVE)
                .purposes(List.of(new Purpose().description("Billing council tax").lawfulBasis(LawfulBasis.E_PUBLIC_TASK)
                        .legalReference("Local Government Finance Act 1992 s.1")))
                .retentionRules(List.of(new RetentionRuleLinkRequest("FIN-06"))));
        assertEquals("FIN-06", created.getRetentionRules().get(0).getRetentionRule().getReference());

        // Read, then PUT back the body that was read, with its ETag.
        ApiResponse<ProcessingActivity> read = activities.getProcessingActivityWithHttpInfo(org, "PA-1", null, null);
        ProcessingActivityRequest asRead = client.getObjectMapper().convertValue(read.getData(), ProcessingActivityRequest.class);
        ApiResponse<ProcessingActivity> replaced = activities.replaceProcessingActivityWithHttpInfo(org, "PA-1", etag(read), asRead);
        assertEquals(200, replaced.getStatusCode());
        assertEquals(read.getData().getPurposes(), replaced.getData().getPurposes());

        // A stale If-Match is a 412 whose problem the client can read.
        ApiException stale = assertThrows(ApiException.class, () -> activities.replaceProcessingActivity(org, "PA-1", etag(read), asRead));
        assertEquals(412, stale.getCode());
        Problem problem = client.getObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertEquals(412, problem.getStatus());

        // Typed filters.
        ProcessingActivityPage page = activities.listProcessingActivities(org, null, null, null, LawfulBasis.E_PUBLIC_TASK, 10, null, null,
                RecordType.CONTROLLER, "FIN-06", null, null, null, false, ActivityStatus.ACTIVE, null, null);
        assertEquals(1L, page.getTotalSize());

        // A one-field merge patch changes that field and nothing else.
        ApiResponse<ProcessingActivity> current = activities.getProcessingActivityWithHttpInfo(org, "PA-1", null, null);
        ProcessingActivity patched = activities.patchProcessingActivity(org, "PA-1", etag(current),
                new ProcessingActivityPatch().description("Billing, collecting and recovering council tax"));
        assertEquals("Billing, collecting and recovering council tax", patched.getDescription());
        assertEquals(current.getData().getPurposes(), patched.getPurposes());
        assertEquals(current.getData().getRetentionRules(), patched.getRetentionRules());
        assertEquals(current.getData().getName(), patched.getName());

        // Deletes, each with its ETag; the rule only once nothing links to it, the organisation once it is empty.
        activities.deleteProcessingActivity(org, "PA-1", etag(activities.getProcessingActivityWithHttpInfo(org, "PA-1", null, null)));
        rules.deleteRetentionRule(org, "FIN-06", etag(rules.getRetentionRuleWithHttpInfo(org, "FIN-06", null, null)));
        organisations.deleteOrganisation(org, etag(organisations.getOrganisationWithHttpInfo(org, null, null)));
        ApiException gone = assertThrows(ApiException.class, () -> organisations.getOrganisation(org, null, null));
        assertEquals(404, gone.getCode());
    }

    @Test
    void aLinkMayBeSentAsAnObjectNamingTheEntry() throws Exception {
        ApiClient client = client();
        String org = Fixtures.organisation();
        new RetentionScheduleApi(client).createRetentionRule(org, new RetentionRuleRequest().reference("R-1").recordSeries("Series")
                .triggerEvent(RetentionTrigger.LAST_ACTION).period("P1Y").disposalAction(DisposalAction.DESTROY));
        RetentionRuleLinkRequest asObject = new RetentionRuleLinkRequest(new RetentionRuleLinkObject()
                .retentionRule(new LinkRef(new LinkRefObject().reference("R-1"))));
        ProcessingActivity created = new ProcessingActivitiesApi(client).createProcessingActivity(org, new ProcessingActivityRequest()
                .reference("PA-2").name("Links").retentionRules(List.of(asObject)));
        assertEquals("R-1", created.getRetentionRules().get(0).getRetentionRule().getReference());
    }
}
