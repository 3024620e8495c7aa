package dk.kollekt.ledger;

import dk.kollekt.common.TestData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LedgerResourceTest {

    long college;

    @BeforeEach
    void findPost() {
        college = TestData.postId("Sygeplejeskolen");
    }

    private long give(String user, long amountMinor) {
        return as(user).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", college, "amountMinor", amountMinor, "message", "ledger test"))
                .post("/api/donations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theGiverSeesAndCancelsTheirOwnPledgeWithItsHistory() {
        long id = give("emma", 4200);
        as("emma").get("/api/contributions/mine").then().statusCode(200).body("id", hasItem((int) id));

        as("emma").contentType("application/json").body(Map.of("reason", "changed my mind"))
                .when().post("/api/contributions/{id}/cancel", id)
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("history.type", contains("CREATED", "CANCELLED"))
                .body("history[1].fromStatus", equalTo("PLEDGED"))
                .body("history[1].reason", equalTo("changed my mind"));

        as("emma").contentType("application/json").body(Map.of())
                .when().post("/api/contributions/{id}/cancel", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void emmaCanNeitherReadNorCancelAnotherEmployeesPledge() {
        long lars = give("lars", 3100);
        as("emma").get("/api/contributions/{id}", lars).then().statusCode(404).contentType("application/problem+json");
        as("emma").contentType("application/json").body(Map.of())
                .when().post("/api/contributions/{id}/cancel", lars)
                .then().statusCode(404);
        as("nora").get("/api/contributions/{id}", lars).then().statusCode(403);
        as("nora").get("/api/contributions/mine").then().statusCode(403);
        as("lars").get("/api/contributions/{id}", lars).then().statusCode(200).body("status", equalTo("PLEDGED"));
    }

    @Test
    void anAdminCancelsAnyPledgeButOnlyWithAReason() {
        long id = give("lars", 2500);
        as("ada").contentType("application/json").body(Map.of())
                .when().post("/api/contributions/{id}/cancel", id)
                .then().statusCode(400).body("errors.field", contains("reason"));
        as("ada").contentType("application/json").body(Map.of("reason", "duplicate of a payroll deduction"))
                .when().post("/api/contributions/{id}/cancel", id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as("lars").get("/api/contributions/{id}", id).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void everyChangeToMoneyIsAuditedWithWhoWhenBeforeAndAfter() {
        long id = give("emma", 1800);
        String emma = as("emma").get("/api/me").path("subject");
        as("emma").header("X-Request-Id", "req-audit-1").contentType("application/json").body(Map.of())
                .when().post("/api/contributions/{id}/cancel", id)
                .then().statusCode(200).header("X-Request-Id", "req-audit-1");

        as("ada").when().get("/api/contributions/{id}/audit", id)
                .then().statusCode(200)
                .body("action", contains("contribution.created", "contribution.cancelled"))
                .body("actor", contains(emma, emma))
                .body("[0].before", nullValue())
                .body("[0].after.status", equalTo("PLEDGED"))
                .body("[0].requestId", notNullValue())
                .body("[1].before.status", equalTo("PLEDGED"))
                .body("[1].after.status", equalTo("CANCELLED"))
                .body("[1].requestId", equalTo("req-audit-1"))
                .body("[1].occurredAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        as("emma").get("/api/contributions/{id}/audit", id).then().statusCode(403);
    }

    @Test
    void totalsCountPledgedAndCollectedApartWithoutPersonalData() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        long pledgedBefore = totals("PLEDGED", today);
        long collectedBefore = totals("COLLECTED", today);
        give("lars", 9900);
        assertThat(totals("PLEDGED", today)).isEqualTo(pledgedBefore + 9900);
        assertThat(totals("COLLECTED", today)).isEqualTo(collectedBefore);

        String body = as("nora").queryParam("basis", "PLEDGED").queryParam("from", today.toString())
                .when().get("/api/ledger/totals")
                .then().statusCode(200)
                .body("reportingCurrency", equalTo("DKK"))
                .body("byProjectPost.projectPost.name", hasItem("Sygeplejeskolen"))
                .body("bySource.source", hasItem("DONATION"))
                .extract().asString();
        assertThat(body).doesNotContain("Lars", "lars", "employee", "email");
        as("emma").get("/api/ledger/totals").then().statusCode(403);
        asSendingInvalid("nora").queryParam("basis", "SOMETIMES").get("/api/ledger/totals").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("basis"));
        asSendingInvalid("nora").queryParam("from", "yesterday").get("/api/ledger/totals").then().statusCode(400)
                .body("errors.field", contains("from"));
    }

    private long totals(String basis, LocalDate day) {
        return as("nora").queryParam("basis", basis).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/ledger/totals").then().statusCode(200).extract().jsonPath().getLong("totalMinor");
    }

    @Test
    void adminsKeepDailyRatesAndAContributionKeepsTheRateItWasConvertedWith() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        as("ada").contentType("application/json").body(Map.of("rate", 0.66))
                .when().put("/api/exchange-rates/{c}/{d}", "SEK", today.toString())
                .then().statusCode(200).body("rate", equalTo(0.66f)).body("reportingCurrency", equalTo("DKK"));
        long id = as("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", college, "amountMinor", 10000, "currency", "SEK"))
                .post("/api/donations").then().statusCode(201)
                .body("reportingAmountMinor", equalTo(6600)).extract().jsonPath().getLong("id");

        as("ada").contentType("text/csv").body("date,currency,rate\n" + today + ",SEK,0.70\n")
                .when().post("/api/exchange-rates/imports")
                .then().statusCode(200).body("rate", contains(0.70f));
        as("emma").get("/api/contributions/{id}", id).then()
                .body("exchangeRate", equalTo(0.66f)).body("reportingAmountMinor", equalTo(6600));

        as("ada").contentType("text/csv").body("date,currency,rate\n2026-13-01,SEK,0.7\n" + today + ",EUR,7.4\n"
                        + today + ",NOK,-1\n")
                .when().post("/api/exchange-rates/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors.line", contains(2, 3, 4))
                .body("errors.field", contains("date", "currency", "rate"));
        as("ada").queryParam("currency", "SEK").get("/api/exchange-rates").then().statusCode(200)
                .body("find { it.date == '" + today + "' }.rate", equalTo(0.70f));
        as("lars").get("/api/exchange-rates").then().statusCode(403);
    }
}
