package dk.kollekt.corporate;

import dk.kollekt.common.TestData;
import dk.kollekt.ledger.Contribution;
import dk.kollekt.ledger.ContributionEvent;
import dk.kollekt.ledger.ContributionStatus;
import dk.kollekt.ledger.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The corporate donation: registration, split proposals that sum exactly, approval, history and the ledger. */
@QuarkusTest
class CorporateResourceTest {

    @Inject
    EntityManager em;

    private void register(int year, long amountMinor) {
        as("ada").contentType("application/json")
                .body(Map.of("year", year, "amountMinor", amountMinor, "currency", "DKK"))
                .post("/api/corporate-donations").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/corporate-donations/" + year))
                .body("amountMinor", equalTo((int) amountMinor));
    }

    private JsonPath propose(int year, long hospital, long college) {
        return as("nora").contentType("application/json")
                .body(Map.of("parts", List.of(
                        Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", hospital),
                        Map.of("projectPostId", TestData.postId("Sygeplejeskolen"), "amountMinor", college)),
                        "note", "our proposal"))
                .post("/api/corporate-donations/" + year + "/splits").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long lastSplit(JsonPath donation) {
        return donation.getLong("splits[-1].id");
    }

    private List<Contribution> corporate(long splitId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "from Contribution where origin like ?1 order by projectPostId", Contribution.class)
                .setParameter(1, "corporate:" + splitId + ":%").getResultList());
    }

    @Test
    void onlyAdminsRegisterAndOnceAYear() {
        register(2040, 500_000_000L);
        as("ada").contentType("application/json").body(Map.of("year", 2040, "amountMinor", 1, "currency", "DKK"))
                .post("/api/corporate-donations").then().statusCode(409);
        as("nora").contentType("application/json").body(Map.of("year", 2041, "amountMinor", 1, "currency", "DKK"))
                .post("/api/corporate-donations").then().statusCode(403);
        as("emma").get("/api/corporate-donations/2040").then().statusCode(403);
        as("nora").get("/api/corporate-donations/2040").then().statusCode(200).body("year", equalTo(2040));
        as("nora").get("/api/corporate-donations/2099").then().statusCode(404);
        asSendingInvalid("nora").get("/api/corporate-donations/1999").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aSplitMustSumExactlyToTheDonation() {
        register(2042, 1_000_000L);
        asSendingInvalid("nora").contentType("application/json")
                .body(Map.of("parts", List.of(Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 999_999))))
                .post("/api/corporate-donations/2042/splits").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("parts"));
        long post = TestData.postId("Hospitalet");
        asSendingInvalid("nora").contentType("application/json")
                .body(Map.of("parts", List.of(Map.of("projectPostId", post, "amountMinor", 500_000),
                        Map.of("projectPostId", post, "amountMinor", 500_000))))
                .post("/api/corporate-donations/2042/splits").then().statusCode(422)
                .body("errors.field", hasItem("parts[1].projectPostId"));
        as("ada").get("/api/corporate-donations/2042").then().statusCode(200).body("splits.size()", equalTo(0));
        // Admins approve, they do not propose.
        as("ada").contentType("application/json")
                .body(Map.of("parts", List.of(Map.of("projectPostId", post, "amountMinor", 1_000_000))))
                .post("/api/corporate-donations/2042/splits").then().statusCode(403);
    }

    @Test
    void proposalsAreReturnedOrApprovedIntoTheLedgerAndEveryStepIsKept() {
        register(2043, 2_000_000L);
        long first = lastSplit(propose(2043, 1_500_000, 500_000));
        // One proposal waits at a time.
        as("nora").contentType("application/json").body(Map.of("parts", List.of(
                        Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 2_000_000))))
                .post("/api/corporate-donations/2043/splits").then().statusCode(409);
        // NGO staff cannot decide; a return needs a comment.
        as("nora").contentType("application/json").body(Map.of())
                .post("/api/corporate-donations/2043/splits/" + first + "/approve").then().statusCode(403);
        asSendingInvalid("ada").contentType("application/json").body(Map.of())
                .post("/api/corporate-donations/2043/splits/" + first + "/return").then().statusCode(400)
                .body("errors.field", hasItem("comment"));
        as("ada").contentType("application/json").body(Map.of("comment", "more to the college, please"))
                .post("/api/corporate-donations/2043/splits/" + first + "/return").then().statusCode(200)
                .body("splits[0].state", equalTo("RETURNED"))
                .body("splits[0].decisionComment", equalTo("more to the college, please"));
        assertThat(corporate(first)).isEmpty();

        long second = lastSplit(propose(2043, 1_200_000, 800_000));
        as("ada").contentType("application/json").body(Map.of("comment", "agreed"))
                .post("/api/corporate-donations/2043/splits/" + second + "/approve").then().statusCode(200)
                .body("approvedSplitId", equalTo((int) second))
                .body("splits[1].state", equalTo("APPROVED"))
                .body("splits[1].parts.status", org.hamcrest.Matchers.everyItem(equalTo("PLEDGED")));
        List<Contribution> approved = corporate(second);
        assertThat(approved).extracting(c -> c.amountMinor).containsExactlyInAnyOrder(1_200_000L, 800_000L);
        assertThat(approved).allSatisfy(c -> {
            assertThat(c.source).isEqualTo(Source.CORPORATE_DONATION);
            assertThat(c.giverEmployeeId).isNull();
            assertThat(c.departmentId).isNull();
            assertThat(c.status).isEqualTo(ContributionStatus.PLEDGED);
        });
        // Approving twice is a conflict.
        as("ada").contentType("application/json").body(Map.of())
                .post("/api/corporate-donations/2043/splits/" + second + "/approve").then().statusCode(409);
        // The company pays: the approved parts are collected.
        as("ada").post("/api/corporate-donations/2043/paid").then().statusCode(200)
                .body("splits[1].parts.status", org.hamcrest.Matchers.everyItem(equalTo("COLLECTED")));

        // A later change of split: new ledger events, the old contributions untouched but refunded.
        long third = lastSplit(propose(2043, 1_000_000, 1_000_000));
        as("ada").contentType("application/json").body(Map.of())
                .post("/api/corporate-donations/2043/splits/" + third + "/approve").then().statusCode(200)
                .body("splits[1].state", equalTo("REPLACED"))
                .body("splits[2].state", equalTo("APPROVED"));
        List<Contribution> replaced = corporate(second);
        assertThat(replaced).extracting(c -> c.amountMinor).containsExactlyInAnyOrder(1_200_000L, 800_000L);
        assertThat(replaced).allSatisfy(c -> assertThat(c.status).isEqualTo(ContributionStatus.CANCELLED));
        List<ContributionEvent> events = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "from ContributionEvent where contributionId in ?1 order by id", ContributionEvent.class)
                .setParameter(1, replaced.stream().map(c -> c.id).toList()).getResultList());
        assertThat(events).extracting(e -> e.type).containsExactly(ContributionEvent.Type.CREATED,
                ContributionEvent.Type.CREATED, ContributionEvent.Type.COLLECTED, ContributionEvent.Type.COLLECTED,
                ContributionEvent.Type.CANCELLED, ContributionEvent.Type.CANCELLED);
        assertThat(events.subList(4, 6)).allSatisfy(e -> {
            assertThat(e.reason).isEqualTo("replaced by split " + third);
            assertThat(e.fromStatus).isEqualTo(ContributionStatus.COLLECTED);
        });
        assertThat(corporate(third)).extracting(c -> c.amountMinor).containsExactly(1_000_000L, 1_000_000L);

        // The dashboard counts only the split in force, as its own source, for no department.
        String today = LocalDate.now(dk.kollekt.ledger.LedgerService.ZONE).toString();
        JsonPath dashboard = as("nora").queryParam("from", today).queryParam("to", today)
                .queryParam("source", "CORPORATE_DONATION").get("/api/reports/dashboard").then().statusCode(200)
                .extract().jsonPath();
        assertThat(dashboard.getLong("bySource.find { it.key == 'CORPORATE_DONATION' }.pledgedMinor"))
                .isGreaterThanOrEqualTo(2_000_000L);
        assertThat(dashboard.getLong("byDepartment.find { it.key == 'NONE' }.raisedPledgedMinor")).isZero();

        as("nora").get("/api/corporate-donations/2043/history").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("PROPOSED", "RETURNED", "PROPOSED", "APPROVED",
                        "PROPOSED", "REPLACED", "APPROVED"))
                .body("by", org.hamcrest.Matchers.contains("nora", "ada", "nora", "ada", "nora", null, "ada"))
                .body("[1].comment", equalTo("more to the college, please"));
    }
}
