package dk.kollekt.collection;

import dk.kollekt.common.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CollectionResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    private long larsDepartment() {
        return as("lars").get("/api/me").then().extract().jsonPath().getLong("leads[0].id");
    }

    private Map<String, Object> bakeSale(long amountMinor) {
        return Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", amountMinor,
                "collectedOn", TODAY.toString(), "method", "BAKE_SALE", "description", "Kagedag i kantinen");
    }

    /** The department's money on this month's board, read until it differs from {@code unlessEqualTo}. */
    private long[] board(long department, long[] unlessEqualTo) throws InterruptedException {
        long[] values = null;
        for (int i = 0; i < 40; i++) {
            long pledged = boardValue("MONEY_PLEDGED", department);
            long collected = boardValue("MONEY_COLLECTED", department);
            values = new long[]{pledged, collected};
            if (unlessEqualTo == null || values[0] != unlessEqualTo[0] || values[1] != unlessEqualTo[1]) {
                return values;
            }
            Thread.sleep(250);
        }
        return values;
    }

    /** The department's total on a board computed after this call (boards may be served up to two seconds old). */
    private long boardValue(String metric, long department) throws InterruptedException {
        java.time.Instant asked = java.time.Instant.now();
        JsonPath board = null;
        for (int i = 0; i < 40 && (board == null
                || !java.time.Instant.parse(board.getString("computedAt")).isAfter(asked)); i++) {
            Thread.sleep(i == 0 ? 0 : 250);
            board = as("nora").queryParams(Map.of("metric", metric, "limit", 200)).get("/api/boards")
                    .then().statusCode(200).extract().jsonPath();
        }
        Long total = board.getObject("rows.find { it.id == '" + department + "' }.total", Long.class);
        return total == null ? 0 : total;
    }

    @Test
    void aLeadRecordsABakeSaleThatCountsAtOnceAndAnAdminConfirmsIt() throws InterruptedException {
        long department = larsDepartment();
        long[] before = board(department, null);

        JsonPath recorded = as("lars").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(bakeSale(245000))
                .when().post("/api/departments/{id}/collections", department)
                .then().statusCode(201)
                .body("status", equalTo("PLEDGED"))
                .body("department.name", equalTo("Anæstesi"))
                .body("currency", equalTo("DKK"))
                .body("recordedBy", equalTo("Lars Nielsen"))
                .extract().jsonPath();
        long[] afterRecord = board(department, before);
        assertThat(afterRecord[0]).isEqualTo(before[0] + 245000);
        assertThat(afterRecord[1]).isEqualTo(before[1]);

        long id = recorded.getLong("id");
        as("ada").when().post("/api/collections/{id}/confirm", id)
                .then().statusCode(200).body("status", equalTo("COLLECTED"));
        long[] afterConfirm = board(department, afterRecord);
        assertThat(afterConfirm[0]).isEqualTo(afterRecord[0]);
        assertThat(afterConfirm[1]).isEqualTo(afterRecord[1] + 245000);
        as("ada").when().post("/api/collections/{id}/confirm", id).then().statusCode(409);

        // A department's money belongs to no one person: the contribution has no giver who "took part".
        as("ada").get("/api/contributions/{id}", recorded.getLong("contributionId")).then()
                .body("source", equalTo("DEPARTMENT_COLLECTION")).body("status", equalTo("COLLECTED"));
        as("lars").get("/api/departments/{id}/collections", department).then().statusCode(200)
                .body("id", hasItem((int) id));
    }

    @Test
    void aCancelledCollectionDropsOffTheBoard() throws InterruptedException {
        long department = larsDepartment();
        long[] before = board(department, null);
        long id = as("lars").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(bakeSale(9900)).post("/api/departments/{id}/collections", department)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long[] recorded = board(department, before);
        assertThat(recorded[0]).isEqualTo(before[0] + 9900);

        as("ada").contentType("application/json").body(Map.of())
                .when().post("/api/collections/{id}/cancel", id).then().statusCode(400)
                .body("errors.field", contains("reason"));
        as("ada").contentType("application/json").body(Map.of("reason", "The cash box was empty"))
                .when().post("/api/collections/{id}/cancel", id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(board(department, recorded)[0]).isEqualTo(before[0]);
    }

    @Test
    void onlyTheDepartmentsLeadsAndAdminsRecordCollections() {
        long department = larsDepartment();
        long emmasDepartment = as("emma").get("/api/me").then().extract().jsonPath().getLong("department.id");
        as("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json").body(bakeSale(100))
                .when().post("/api/departments/{id}/collections", department).then().statusCode(403);
        as("lars").header("Idempotency-Key", TestData.newKey()).contentType("application/json").body(bakeSale(100))
                .when().post("/api/departments/{id}/collections", emmasDepartment).then().statusCode(403)
                .contentType("application/problem+json");
        as("emma").get("/api/departments/{id}/collections", department).then().statusCode(403);
        as("lars").get("/api/collections").then().statusCode(403);
        as("lars").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 100,
                        "collectedOn", TODAY.plusDays(1).toString(), "method", "CASH", "description", "tomorrow"))
                .when().post("/api/departments/{id}/collections", department).then().statusCode(400)
                .body("errors.field", contains("collectedOn"))
                .body("type", nullValue());
    }
}
