package dk.kollekt.settlement;

import dk.kollekt.common.BrowserScript;
import dk.kollekt.common.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The CSR admin's journey end to end: this month's Danish payroll batch created on a phone, its deduction file
 * downloaded, and the batch marked paid; its pledges (emma's among them) are collected.
 */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class PayrollE2ETest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void adaSettlesThisMonthsDanishPayrollBatch() throws Exception {
        String reference = "KOLLEKT-DK-" + YearMonth.now(ZoneId.of("Europe/Copenhagen"));
        assertThat(as("ada").get("/api/payroll-batches").then().statusCode(200).extract().jsonPath()
                .getList("reference", String.class))
                .as("a fresh database (clean at start) has no batch %s yet", reference).doesNotContain(reference);
        long pledge = as("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 7500))
                .post("/api/donations").then().statusCode(201).extract().jsonPath().getLong("id");

        String output = BrowserScript.run("payroll.mjs", app.toString(), Map.of("E2E_USER", "ada", "COUNTRY", "DK"),
                "e2e payroll: ok");

        assertThat(BrowserScript.printed(output, "reference")).isEqualTo(reference);
        as("ada").get("/api/payroll-batches").then().statusCode(200)
                .body("find { it.reference == '" + reference + "' }.status", equalTo("COLLECTED"));
        as("emma").get("/api/contributions/{id}", pledge).then().statusCode(200)
                .body("status", equalTo("COLLECTED"))
                .body("history[1].reason", equalTo("payroll " + reference));
    }
}
