package dk.kollekt.sponsorship;

import dk.kollekt.common.TestData;
import dk.kollekt.common.Tokens;
import dk.kollekt.ledger.Contribution;
import dk.kollekt.ledger.ContributionRepository;
import dk.kollekt.ledger.ContributionStatus;
import dk.kollekt.ledger.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static dk.kollekt.common.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SponsorshipResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Inject
    ContributionRepository contributions;

    long training;

    @BeforeEach
    void findPost() {
        training = TestData.postId("Kirurgisk uddannelse");
    }

    private String publish(String owner, String unit, Object target, LocalDate date) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Stafet " + TestData.newKey(), "date", date.toString(),
                "unit", unit, "projectPostId", training));
        if (target != null) {
            body.put("target", target);
        }
        return as(owner).contentType("application/json").body(body)
                .when().post("/api/activities")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/activities/[A-Z2-9]{6}"))
                .body("sharePath", matchesPattern("/s/[A-Z2-9]{6}"))
                .body("status", equalTo("OPEN"))
                .body("mine", equalTo(true))
                .extract().path("code");
    }

    private Response pledge(String user, String code, Map<String, Object> body) {
        return as(user).header("Idempotency-Key", TestData.newKey()).contentType("application/json").body(body)
                .post("/api/activities/{code}/pledges", code);
    }

    private Response report(String user, String code, String result) {
        return as(user).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("result", new java.math.BigDecimal(result))).post("/api/activities/{code}/result", code);
    }

    private List<Contribution> ledgerRowsOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> contributions.list(
                "origin in (select concat('sponsorship-pledge:', p.id) from SponsorshipPledge p, Activity a"
                        + " where p.activityId = a.id and a.shareCode = ?1) order by id", code));
    }

    @Test
    void perUnitPledgesBecomeRoundedCappedAmountsWhenTheResultIsIn() {
        String code = publish("emma", "KM", 10, TODAY);
        pledge("lars", code, Map.of("kind", "PER_UNIT", "rateMinor", 1250)).then().statusCode(201)
                .body("status", equalTo("AWAITING_RESULT"))
                .body("estimateMinor", equalTo(12500))
                .body("contributionId", nullValue());
        pledge("ada", code, Map.of("kind", "PER_UNIT", "rateMinor", 1000, "capMinor", 11000)).then().statusCode(201);
        pledge("lars", code, Map.of("kind", "PER_UNIT", "rateMinor", 333)).then().statusCode(201);
        pledge("ada", code, Map.of("kind", "FIXED", "amountMinor", 20000, "message", "Løb, Emma!", "showName", true))
                .then().statusCode(201).body("status", equalTo("PLEDGED"));

        // Before the result: raised is the fixed pledge; the estimate adds the per-unit pledges at the 10 km target.
        as("lars").when().get("/api/activities/{code}", code)
                .then().statusCode(200)
                .body("raisedMinor", equalTo(20000))
                .body("estimateAtTargetMinor", equalTo(20000 + 12500 + 10000 + 3330))
                .body("sponsors", equalTo(2))
                .body("mine", equalTo(false));
        assertThat(ledgerRowsOf(code)).hasSize(1);

        report("emma", code, "12.4").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("result", equalTo(12.4f))
                // 1250 × 12.4 = 15500; min(1000 × 12.4, 11000) = 11000; 333 × 12.4 = 4129.2 → 4129
                .body("raisedMinor", equalTo(20000 + 15500 + 11000 + 4129))
                .body("estimateAtTargetMinor", equalTo(20000 + 15500 + 11000 + 4129));

        List<Contribution> rows = ledgerRowsOf(code);
        assertThat(rows).extracting(c -> c.amountMinor).containsExactlyInAnyOrder(20000L, 15500L, 11000L, 4129L);
        assertThat(rows).allMatch(c -> c.source == Source.SPONSORSHIP && c.status == ContributionStatus.PLEDGED);
        assertThat(rows).extracting(c -> c.projectPostId).containsOnly(training);
    }

    @Test
    void aZeroResultLetsPerUnitPledgesLapseAndTheResultComesOnce() {
        String code = publish("emma", "HOUR", 3, TODAY);
        pledge("lars", code, Map.of("kind", "PER_UNIT", "rateMinor", 5000)).then().statusCode(201);

        report("emma", code, "0").then().statusCode(200).body("raisedMinor", equalTo(0));
        as("lars").get("/api/sponsorship-pledges/mine").then()
                .body("find { it.activityCode == '" + code + "' }.status", equalTo("LAPSED"));
        assertThat(ledgerRowsOf(code)).isEmpty();

        report("emma", code, "2").then().statusCode(409).contentType("application/problem+json");
        pledge("lars", code, Map.of("kind", "FIXED", "amountMinor", 100)).then().statusCode(409);
    }

    @Test
    void onlyTheOwnerReportsTheResultAndNotBeforeTheDay() {
        String future = publish("emma", "KM", 5, TODAY.plusDays(3));
        report("lars", future, "5").then().statusCode(403).contentType("application/problem+json");
        report("emma", future, "5").then().statusCode(409).body("detail", matchesPattern(".*on or after.*"));
    }

    @Test
    void closingWithoutAResultLapsesPerUnitPledgesAndKeepsFixedOnes() {
        String code = publish("emma", "KM", 21.1, TODAY.plusDays(10));
        pledge("lars", code, Map.of("kind", "PER_UNIT", "rateMinor", 500)).then().statusCode(201);
        pledge("ada", code, Map.of("kind", "FIXED", "amountMinor", 7500)).then().statusCode(201);

        as("lars").contentType("application/json").body(Map.of("reason", "not mine"))
                .when().post("/api/activities/{code}/close", code)
                .then().statusCode(403);
        as("emma").contentType("application/json").body(Map.of("reason", "Injured, no run"))
                .when().post("/api/activities/{code}/close", code)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedReason", equalTo("Injured, no run"))
                .body("raisedMinor", equalTo(7500));
        assertThat(ledgerRowsOf(code)).extracting(c -> c.amountMinor).containsExactly(7500L);
    }

    @Test
    void manyParallelPledgesToOneActivityAddUpExactly() throws Exception {
        String code = publish("emma", "NONE", null, TODAY);
        String lars = Tokens.of("lars");
        String ada = Tokens.of("ada");
        int pledges = 40;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> results = new ArrayList<>();
        long expected = 0;
        try {
            for (int i = 0; i < pledges; i++) {
                long amount = 1000 + i * 37;
                expected += amount;
                String token = i % 2 == 0 ? lars : ada;
                results.add(pool.submit(() -> withToken(token).header("Idempotency-Key", TestData.newKey())
                        .contentType("application/json").body(Map.of("kind", "FIXED", "amountMinor", amount))
                        .post("/api/activities/{code}/pledges", code).statusCode()));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        as("emma").get("/api/activities/{code}", code).then()
                .body("raisedMinor", equalTo((int) expected))
                .body("sponsors", equalTo(2));
        List<Contribution> rows = ledgerRowsOf(code);
        assertThat(rows).hasSize(pledges);
        assertThat(rows.stream().mapToLong(c -> c.reportingAmountMinor).sum()).isEqualTo(expected);
    }

    @Test
    void messagesShowNamesOnlyForSponsorsWhoAgreed() {
        String code = publish("emma", "NONE", null, TODAY);
        pledge("lars", code, Map.of("kind", "FIXED", "amountMinor", 5000, "message", "Go go", "showName", true))
                .then().statusCode(201);
        pledge("ada", code, Map.of("kind", "FIXED", "amountMinor", 5000, "message", "Quietly proud"))
                .then().statusCode(201);

        as("nora").when().get("/api/activities/{code}", code)
                .then().statusCode(200)
                .body("messages.find { it.message == 'Go go' }.name", equalTo("Lars Nielsen"))
                .body("messages.find { it.message == 'Quietly proud' }.name", nullValue())
                .body("messages.name", not(hasItem("Ada Lindqvist")));
    }

    @Test
    void aSponsorCancelsTheirPledgeAndItDropsOutOfTheTotals() {
        String code = publish("emma", "KM", 10, TODAY);
        long fixed = pledge("lars", code, Map.of("kind", "FIXED", "amountMinor", 3000)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long perUnit = pledge("lars", code, Map.of("kind", "PER_UNIT", "rateMinor", 100)).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        as("emma").contentType("application/json").body(Map.of())
                .when().post("/api/sponsorship-pledges/{id}/cancel", fixed)
                .then().statusCode(404);
        as("lars").contentType("application/json").body(Map.of())
                .when().post("/api/sponsorship-pledges/{id}/cancel", fixed)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as("lars").contentType("application/json").body(Map.of())
                .when().post("/api/sponsorship-pledges/{id}/cancel", perUnit)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        as("emma").get("/api/activities/{code}", code).then()
                .body("raisedMinor", equalTo(0)).body("estimateAtTargetMinor", equalTo(0)).body("sponsors", equalTo(0));
        assertThat(ledgerRowsOf(code)).extracting(c -> c.status).containsExactly(ContributionStatus.CANCELLED);
    }

    @Test
    void pledgeShapesAreChecked() {
        String none = publish("emma", "NONE", null, TODAY);
        pledge("lars", none, Map.of("kind", "PER_UNIT", "rateMinor", 100)).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        pledge("lars", none, Map.of("kind", "FIXED")).then().statusCode(400)
                .body("errors.field", hasItem("amountMinor"));
        asSendingInvalid("lars").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("kind", "FIXED", "amountMinor", 100, "owner", "me"))
                .when().post("/api/activities/{code}/pledges", none)
                .then().statusCode(400).body("errors.field", contains("owner"));
        String km = publish("emma", "KM", 5, TODAY);
        pledge("lars", km, Map.of("kind", "PER_UNIT", "rateMinor", 10_000_001)).then().statusCode(422)
                .body("errors.field", hasItem("rateMinor"));
        asSendingInvalid("emma").contentType("application/json")
                .body(Map.of("title", "No target", "date", TODAY.toString(), "unit", "KM", "projectPostId", training))
                .when().post("/api/activities")
                .then().statusCode(400).body("errors.field", hasItem("target"));
        as("lars").get("/api/activities/{code}", "ZZZZZZ").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
