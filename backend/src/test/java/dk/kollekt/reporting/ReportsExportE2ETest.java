package dk.kollekt.reporting;

import dk.kollekt.common.BrowserScript;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NGO staff's journey end to end: the totals on a phone and their export downloaded as CSV and XLSX; the CSV adds up
 * to the dashboard's pledged total for the same period.
 */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class ReportsExportE2ETest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void noraSeesTheTotalsAndDownloadsThemAsCsvAndXlsx() throws Exception {
        String output = BrowserScript.run("reports.mjs", app.toString(), Map.of("E2E_USER", "nora"), "e2e reports: ok");

        // the app's default period: this year up to today (Danish time)
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        long pledged = as("nora").queryParams(Map.of("from", today.withDayOfYear(1).toString(), "to", today.toString()))
                .get("/api/reports/dashboard").then().statusCode(200).extract().jsonPath().getLong("total.pledgedMinor");
        assertThat(Long.parseLong(BrowserScript.printed(output, "pledged-sum"))).isEqualTo(pledged);
    }
}
