package dk.kollekt.settlement;

import dk.kollekt.common.TestData;
import dk.kollekt.ledger.ContributionEventRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Ada's pledges are settled here only: no other test gives as ada, so her payroll line is exact. */
@QuarkusTest
class SettlementResourceTest {

    @Inject
    ContributionEventRepository events;

    long hospital;

    @BeforeEach
    void findPost() {
        hospital = TestData.postId("Hospitalet");
    }

    private Map<String, Object> give(String user, long amountMinor) {
        return as(user).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", hospital, "amountMinor", amountMinor))
                .post("/api/donations").then().statusCode(201).extract().jsonPath().getMap("");
    }

    @Test
    void aPayrollBatchDeductsEachPledgeOnceAndMarksThemCollected() {
        long first = ((Number) give("ada", 15000).get("id")).longValue();
        long second = ((Number) give("ada", 2550).get("id")).longValue();
        long cancelled = ((Number) give("ada", 99900).get("id")).longValue();
        as("ada").contentType("application/json").body(Map.of()).post("/api/contributions/{id}/cancel", cancelled)
                .then().statusCode(200);
        String month = YearMonth.now(ZoneId.of("Europe/Copenhagen")).toString();

        long batch = as("ada").contentType("application/json").body(Map.of("countryCode", "DK", "period", month))
                .when().post("/api/payroll-batches")
                .then().statusCode(201)
                .body("reference", equalTo("KOLLEKT-DK-" + month))
                .body("status", equalTo("OPEN"))
                .extract().jsonPath().getLong("id");

        String file = as("ada").when().get("/api/payroll-batches/{id}/deductions", batch)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = file.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("employee_number,amount,currency,reference");
        assertThat(lines).contains("D0003,175.50,DKK,KOLLEKT-DK-" + month);

        as("ada").contentType("application/json").body(Map.of("countryCode", "DK", "period", month))
                .when().post("/api/payroll-batches")
                .then().statusCode(409).contentType("application/problem+json");

        as("ada").when().post("/api/payroll-batches/{id}/collected", batch)
                .then().statusCode(200).body("status", equalTo("COLLECTED"));
        as("ada").get("/api/contributions/{id}", first).then().body("status", equalTo("COLLECTED"))
                .body("history[1].reason", equalTo("payroll KOLLEKT-DK-" + month));
        as("ada").get("/api/contributions/{id}", second).then().body("status", equalTo("COLLECTED"));
        as("ada").get("/api/contributions/{id}/audit", first).then()
                .body("action", contains("contribution.created", "contribution.collected"))
                .body("[1].after.status", equalTo("COLLECTED"));
        as("ada").get("/api/contributions/{id}", cancelled).then().body("status", equalTo("CANCELLED"));

        as("ada").when().post("/api/payroll-batches/{id}/collected", batch).then().statusCode(409);
        as("ada").get("/api/payroll-batches").then().body("id", hasItem((int) batch));
    }

    @Test
    void aMobilePaymentFileCollectsExactMatchesListsTheRestAndAppliesNothingTwice() {
        Map<String, Object> exact = give("lars", 20000);
        Map<String, Object> underpaid = give("lars", 30000);
        long exactId = ((Number) exact.get("id")).longValue();
        String csv = "reference,amount,date\n"
                + exact.get("paymentReference") + ",200.00,2026-08-27\n"
                + underpaid.get("paymentReference") + ",250.00,2026-08-27\n"
                + "KNOTREAL,50.00,2026-08-27\n";

        as("ada").contentType("text/csv").body(csv)
                .when().post("/api/mobile-payments/imports")
                .then().statusCode(200)
                .body("lines", equalTo(3))
                .body("collected.contributionId", contains((int) exactId))
                .body("mismatches.reference", contains(underpaid.get("paymentReference")))
                .body("mismatches[0].expectedMinor", equalTo(30000))
                .body("mismatches[0].paidMinor", equalTo(25000))
                .body("unknown.reference", contains("KNOTREAL"))
                .body("alreadyCollected", empty());
        as("lars").get("/api/contributions/{id}", exactId).then().body("status", equalTo("COLLECTED"));
        as("lars").get("/api/contributions/{id}", underpaid.get("id")).then().body("status", equalTo("PLEDGED"));

        as("ada").contentType("text/csv").body(csv)
                .when().post("/api/mobile-payments/imports")
                .then().statusCode(200)
                .body("collected", empty())
                .body("alreadyCollected.contributionId", contains((int) exactId));
        assertThat(QuarkusTransaction.requiringNew().call(() -> events.of(List.of(exactId)))).hasSize(2);
    }

    @Test
    void aMalformedSettlementFileIsRejectedWhole() {
        Map<String, Object> pledge = give("lars", 1234);
        as("ada").contentType("text/csv")
                .body("reference,amount,date\n" + pledge.get("paymentReference") + ",12.34,2026-08-27\nX,abc,2026-08-27\n")
                .when().post("/api/mobile-payments/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.line", contains(3))
                .body("errors.field", contains("amount"));
        as("lars").get("/api/contributions/{id}", pledge.get("id")).then().body("status", equalTo("PLEDGED"));
    }

    @Test
    void onlyAdminsSettle() {
        as("lars").get("/api/payroll-batches").then().statusCode(403);
        as("nora").contentType("text/csv").body("reference,amount,date\n").post("/api/mobile-payments/imports")
                .then().statusCode(403);
        as("ada").contentType("application/json")
                .body(Map.of("countryCode", "DK", "period", YearMonth.now().plusMonths(2).toString()))
                .post("/api/payroll-batches").then().statusCode(400).body("errors.field", hasItem("period"));
        as("ada").get("/api/payroll-batches/{id}", 999999).then().statusCode(404);
    }
}
