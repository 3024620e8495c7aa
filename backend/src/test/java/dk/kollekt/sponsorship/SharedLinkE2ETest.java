package dk.kollekt.sponsorship;

import dk.kollekt.common.BrowserScript;
import dk.kollekt.common.TestData;
import dk.kollekt.ledger.Contribution;
import dk.kollekt.ledger.ContributionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: a colleague opens a shared sponsorship link on a phone, signs in, pledges, and sees the page
 * move; the pledge is in the ledger.
 */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class SharedLinkE2ETest {

    @Inject
    ContributionRepository contributions;

    @TestHTTPResource("/")
    URL app;

    @Test
    void larsSponsorsEmmasRunFromTheSharedLink() throws Exception {
        String sharePath = as("emma").contentType("application/json")
                .body(Map.of("title", "Stafetten", "date", LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString(),
                        "unit", "KM", "target", 10, "projectPostId", TestData.postId("Hospitalet")))
                .post("/api/activities").then().statusCode(201).extract().path("sharePath");

        BrowserScript.run("sponsor.mjs", app.toString(), Map.of("SHARE_PATH", sharePath, "E2E_USER", "lars",
                "AMOUNT", "100"), "e2e sponsor: ok");

        List<Contribution> pledges = QuarkusTransaction.requiringNew().call(() -> contributions.list(
                "origin in (select concat('sponsorship-pledge:', p.id) from SponsorshipPledge p, Activity a"
                        + " where p.activityId = a.id and a.shareCode = ?1)", sharePath.substring(3)));
        assertThat(pledges).singleElement().satisfies(c -> {
            assertThat(c.amountMinor).isEqualTo(10000);
            assertThat(c.message).isEqualTo("Heja!");
            assertThat(c.anonymous).isFalse();
        });
    }
}
