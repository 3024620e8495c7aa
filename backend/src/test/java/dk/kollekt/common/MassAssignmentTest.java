package dk.kollekt.common;

import dk.kollekt.ledger.ContributionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Fields a caller may not set — a status, an owner or giver, an approval, a time, roles — are refused by name
 * (400 problem+json) wherever they are sent, and nothing is written: request bodies carry only what a caller decides.
 */
@QuarkusTest
class MassAssignmentTest {

    @Inject
    ContributionRepository contributions;

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    @Test
    void aGiftCannotSetItsStatusGiverOrTime() {
        String message = "mass assignment " + UUID.randomUUID();
        Map<String, Object> gift = Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 5000,
                "message", message);
        Map<String, Object> forbidden = Map.of("status", "COLLECTED", "giverEmployeeId", 1, "departmentId", 1,
                "createdAt", "2020-01-01T00:00:00Z", "reportingAmountMinor", 1);
        forbidden.forEach((field, value) -> asSendingInvalid("emma").header("Idempotency-Key", TestData.newKey())
                .contentType("application/json").body(with(gift, field, value)).post("/api/donations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> contributions.count("message", message))).isZero();
    }

    @Test
    void aCollectionCannotArriveAlreadyConfirmed() {
        long department = as("lars").get("/api/me").then().extract().jsonPath().getLong("department.id");
        Map<String, Object> bakeSale = Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 1200,
                "collectedOn", LocalDate.now(dk.kollekt.ledger.LedgerService.ZONE).toString(), "method", "BAKE_SALE",
                "description", "Mass assignment probe");
        for (String field : List.of("status", "contributionId", "confirmedBy")) {
            asSendingInvalid("lars").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                    .body(with(bakeSale, field, "status".equals(field) ? "COLLECTED" : 1))
                    .post("/api/departments/{id}/collections", department)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains(field));
        }
    }

    @Test
    void loggedHoursCannotApproveThemselves() {
        long ngo = as("emma").get("/api/ngos").then().extract().jsonPath().getLong("[0].id");
        Map<String, Object> hours = Map.of("date", LocalDate.now(dk.kollekt.ledger.LedgerService.ZONE).minusDays(1)
                .toString(), "minutes", 60, "description", "Mass assignment probe", "ngoId", ngo);
        for (String field : List.of("status", "approvedBy", "employeeId")) {
            asSendingInvalid("emma").contentType("application/json")
                    .body(with(hours, field, "status".equals(field) ? "APPROVED" : "lars"))
                    .post("/api/volunteering/hours")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains(field));
        }
    }

    @Test
    void preferencesCannotGrantRoles() {
        asSendingInvalid("emma").contentType("application/json")
                .body(Map.of("shownOnBoards", false, "roles", List.of("admin")))
                .put("/api/me/preferences")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("roles"));
        as("emma").get("/api/me").then().statusCode(200).body("roles.toString()", not(containsString("admin")));
    }
}
