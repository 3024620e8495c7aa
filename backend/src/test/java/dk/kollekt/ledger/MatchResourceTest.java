package dk.kollekt.ledger;

import dk.kollekt.common.Money;
import dk.kollekt.common.TestData;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Company matching: the ratio, the cap per employee and year, the budget under parallel collections, and a refund
 * that cancels the match and gives budget and cap back. Each test's rule covers its own days of 2024, where no
 * other test writes, and is ended afterwards.
 */
@QuarkusTest
class MatchResourceTest {

    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;
    @Inject
    EntityManager em;

    private long rule(String from, String to, int numerator, int denominator, long cap, long budget, String... sources) {
        return as("ada").contentType("application/json").body(Map.of("ratioNumerator", numerator,
                        "ratioDenominator", denominator, "capPerEmployeeMinor", cap, "sources", List.of(sources),
                        "validFrom", from, "validTo", to, "budgetMinor", budget))
                .post("/api/match-rules").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long give(long employee, Source source, long amountMinor, String day) {
        DepartmentPlace where = organisation.departmentPlaces().get((int) (employee % 5));
        Instant at = LocalDate.parse(day).atTime(12, 0).atZone(LedgerService.ZONE).toInstant();
        return LedgerFixtures.recordAt(ledger, new NewContribution(source, Money.of(amountMinor, "DKK"),
                new NewContribution.Giver(employee, where.id(), where.locationId(), where.countryCode()), false,
                TestData.postId("Kirurgisk uddannelse"), "match test", null), at).id();
    }

    private Optional<Contribution> matchOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("from Contribution where origin = ?1",
                Contribution.class).setParameter(1, "match:" + id).getResultStream().findFirst());
    }

    private long used(long ruleId) {
        return as("nora").get("/api/match-rules").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.id == " + ruleId + " }.usedMinor");
    }

    @Test
    void aCollectedContributionIsMatchedByTheRatioUpToTheEmployeesCap() {
        long rule = rule("2024-03-01", "2024-03-31", 1, 2, 40_000, 10_000_000, "DONATION");
        try {
            long first = give(60, Source.DONATION, 30_000, "2024-03-05");
            assertThat(matchOf(first)).as("a pledge is not matched").isEmpty();
            ledger.collect(first, "paid");
            Contribution original = QuarkusTransaction.requiringNew().call(() -> em.find(Contribution.class, first));
            Contribution match = matchOf(first).orElseThrow();
            assertThat(match.source).isEqualTo(Source.COMPANY_MATCH);
            assertThat(match.amountMinor).isEqualTo(15_000);
            assertThat(match.status).isEqualTo(ContributionStatus.COLLECTED);
            assertThat(match.giverEmployeeId).isNull();
            assertThat(match.projectPostId).isEqualTo(original.projectPostId);
            assertThat(match.departmentId).isEqualTo(original.departmentId);
            assertThat(match.locationId).isEqualTo(original.locationId);

            // The cap of 400 kr: 150 used, 250 left of the 450 that a 900 kr gift would get.
            long second = give(60, Source.DONATION, 90_000, "2024-03-06");
            ledger.collect(second, "paid");
            assertThat(matchOf(second).orElseThrow().amountMinor).isEqualTo(25_000);
            long third = give(60, Source.DONATION, 10_000, "2024-03-07");
            ledger.collect(third, "paid");
            assertThat(matchOf(third)).as("the cap is used up").isEmpty();
            // Another employee has a cap of their own; a source the rule does not name is not matched.
            long other = give(61, Source.DONATION, 10_001, "2024-03-07");
            ledger.collect(other, "paid");
            assertThat(matchOf(other).orElseThrow().amountMinor).isEqualTo(5_000);
            long sponsorship = give(61, Source.SPONSORSHIP, 10_000, "2024-03-07");
            ledger.collect(sponsorship, "paid");
            assertThat(matchOf(sponsorship)).isEmpty();
            // Outside the period: nothing.
            long april = give(62, Source.DONATION, 10_000, "2024-04-01");
            ledger.collect(april, "paid");
            assertThat(matchOf(april)).isEmpty();
            assertThat(used(rule)).isEqualTo(45_000);
        } finally {
            as("ada").post("/api/match-rules/" + rule + "/end").then().statusCode(200).body("active", equalTo(false));
        }
    }

    @Test
    void parallelCollectionsNeverExceedTheBudget() throws Exception {
        long rule = rule("2024-05-01", "2024-05-31", 1, 1, 1_000_000, 10_000, "DONATION", "SPONSORSHIP");
        try {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ids.add(give(70 + i, i % 2 == 0 ? Source.DONATION : Source.SPONSORSHIP, 1_500, "2024-05-10"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<?>> done = new ArrayList<>();
            for (long id : ids) {
                done.add(pool.submit(() -> ledger.collect(id, "parallel")));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            long matched = ids.stream().map(this::matchOf).flatMap(Optional::stream).mapToLong(c -> c.amountMinor).sum();
            long matches = ids.stream().map(this::matchOf).filter(Optional::isPresent).count();
            assertThat(matched).isEqualTo(10_000);
            // Six full matches of 15 kr and one of the 10 kr left.
            assertThat(matches).isEqualTo(7);
            assertThat(used(rule)).isEqualTo(10_000);
        } finally {
            as("ada").post("/api/match-rules/" + rule + "/end").then().statusCode(200);
        }
    }

    @Test
    void aRefundCancelsTheMatchAndGivesBudgetAndCapBack() {
        long rule = rule("2024-06-01", "2024-06-30", 1, 1, 20_000, 1_000_000, "DONATION");
        try {
            long first = give(90, Source.DONATION, 20_000, "2024-06-03");
            ledger.collect(first, "paid");
            long match = matchOf(first).orElseThrow().id;
            assertThat(used(rule)).isEqualTo(20_000);

            asSendingInvalid("ada").contentType("application/json").body(Map.of())
                    .post("/api/contributions/" + first + "/refund").then().statusCode(400)
                    .body("errors.field", hasItem("reason"));
            as("nora").contentType("application/json").body(Map.of("reason", "x"))
                    .post("/api/contributions/" + first + "/refund").then().statusCode(403);
            as("ada").contentType("application/json").body(Map.of("reason", "paid back to the employee"))
                    .post("/api/contributions/" + first + "/refund").then().statusCode(200)
                    .body("status", equalTo("CANCELLED"))
                    .body("history.type", org.hamcrest.Matchers.contains("CREATED", "COLLECTED", "CANCELLED"))
                    .body("history[2].reason", equalTo("paid back to the employee"));
            Contribution cancelledMatch = QuarkusTransaction.requiringNew().call(() -> em.find(Contribution.class, match));
            assertThat(cancelledMatch.status).isEqualTo(ContributionStatus.CANCELLED);
            assertThat(used(rule)).isZero();
            // Only a collected contribution can be refunded.
            as("ada").contentType("application/json").body(Map.of("reason", "again"))
                    .post("/api/contributions/" + first + "/refund").then().statusCode(409);

            // The cap is free again for the same employee.
            long second = give(90, Source.DONATION, 20_000, "2024-06-04");
            ledger.collect(second, "paid");
            assertThat(matchOf(second).orElseThrow().amountMinor).isEqualTo(20_000);
            // Refunding the match itself gives its budget back and leaves the original collected.
            as("ada").contentType("application/json").body(Map.of("reason", "matched twice by mistake"))
                    .post("/api/contributions/" + matchOf(second).orElseThrow().id + "/refund").then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
            assertThat(used(rule)).isZero();
            assertThat(QuarkusTransaction.requiringNew().call(() -> em.find(Contribution.class, second)).status)
                    .isEqualTo(ContributionStatus.COLLECTED);
        } finally {
            as("ada").post("/api/match-rules/" + rule + "/end").then().statusCode(200);
        }
    }

    @Test
    void onlyAdminsSetRulesAndOnlyPeoplesMoneyIsMatched() {
        as("nora").contentType("application/json").body(Map.of("ratioNumerator", 1, "ratioDenominator", 1,
                        "capPerEmployeeMinor", 1, "sources", List.of("DONATION"), "validFrom", "2024-01-01",
                        "validTo", "2024-01-02", "budgetMinor", 1))
                .post("/api/match-rules").then().statusCode(403);
        as("ada").contentType("application/json").body(Map.of("ratioNumerator", 1, "ratioDenominator", 1,
                        "capPerEmployeeMinor", 1, "sources", List.of("SHIRT_PRINT"), "validFrom", "2024-01-01",
                        "validTo", "2024-01-02", "budgetMinor", 1))
                .post("/api/match-rules").then().statusCode(422).body("errors.field", hasItem("sources"));
        as("ada").contentType("application/json").body(Map.of("ratioNumerator", 1, "ratioDenominator", 1,
                        "capPerEmployeeMinor", 1, "sources", List.of("DONATION"), "validFrom", "2024-01-03",
                        "validTo", "2024-01-02", "budgetMinor", 1))
                .post("/api/match-rules").then().statusCode(422).body("errors.field", hasItem("validTo"));
    }
}
