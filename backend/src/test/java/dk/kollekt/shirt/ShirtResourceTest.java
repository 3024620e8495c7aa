package dk.kollekt.shirt;

import dk.kollekt.common.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.kollekt.common.Api.anonymous;
import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.withToken;
import static dk.kollekt.shirt.ShirtTestData.PRICE_DKK;
import static dk.kollekt.shirt.ShirtTestData.campaign;
import static dk.kollekt.shirt.ShirtTestData.create;
import static dk.kollekt.shirt.ShirtTestData.openCampaign;
import static dk.kollekt.shirt.ShirtTestData.order;
import static dk.kollekt.shirt.ShirtTestData.self;
import static dk.kollekt.shirt.ShirtTestData.sizes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ShirtResourceTest {

    @Inject
    EntityManager em;

    private long orderedInDb(long campaignId, String size) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT ordered FROM shirt_campaign_size WHERE campaign_id = ?1 AND size = ?2")
                .setParameter(1, campaignId).setParameter(2, size).getSingleResult()).longValue());
    }

    private long activeOrdersInDb(long campaignId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM shirt_order WHERE campaign_id = ?1 AND cancelled_at IS NULL")
                .setParameter(1, campaignId).getSingleResult()).longValue());
    }

    private void moveDeadline(long campaignId, Instant deadline) {
        Map<String, Object> request = campaign("Moved " + campaignId, sizes("S", null, "M", null, "L", null, "XL", null));
        request.put("orderDeadline", deadline.truncatedTo(ChronoUnit.SECONDS).toString());
        as("ada").contentType("application/json").body(request)
                .when().put("/api/shirt-campaigns/{id}", campaignId)
                .then().statusCode(200).body("open", equalTo(deadline.isAfter(Instant.now())));
    }

    @Test
    void anAdminCreatesACampaignWithTheDefaultDonationOf50KrPerPrint() {
        long id = create(campaign("Stafet 2026", sizes("S", null, "M", 40)));
        as("emma").get("/api/shirt-campaigns/{id}", id).then().statusCode(200)
                .body("name", equalTo("Stafet 2026"))
                .body("donationPerPrintMinor", equalTo(5000))
                .body("donationCurrency", equalTo("DKK"))
                .body("open", equalTo(true))
                .body("sizes.size", contains("S", "M"))
                .body("sizes[1].stockLimit", equalTo(40))
                .body("sizes[1].available", equalTo(40))
                .body("prices.find { it.currency == 'DKK' }.priceMinor", equalTo((int) PRICE_DKK))
                .body("imageUrl", nullValue());
        as("nora").get("/api/shirt-campaigns").then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void aCampaignNeedsAFutureDeadlineDistinctSizesAndKnownCurrencies() {
        Map<String, Object> request = campaign("Bad", sizes("M", null, "m", null));
        request.put("orderDeadline", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString());
        as("ada").contentType("application/json").body(request)
                .when().post("/api/shirt-campaigns")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("orderDeadline"));
        request.put("orderDeadline", Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).toString());
        as("ada").contentType("application/json").body(request)
                .when().post("/api/shirt-campaigns")
                .then().statusCode(400).body("errors.field", contains("sizes[1].size"));
    }

    @Test
    void anEmployeeOrdersWithinTheDeadlineAndChangesAndCancelsTheirOrder() {
        long campaignId = openCampaign("Within deadline");
        JsonPath placed = as("emma").contentType("application/json").body(self("m", 2))
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId)
                .then().statusCode(201)
                .header("Location", containsString("/api/shirt-orders/"))
                .body("kind", equalTo("SELF"))
                .body("status", equalTo("ORDERED"))
                .body("currency", equalTo("DKK"))
                .body("lines[0].size", equalTo("M"))
                .body("lines[0].unitPriceMinor", equalTo((int) PRICE_DKK))
                .body("totalPriceMinor", equalTo((int) (2 * PRICE_DKK)))
                .body("changeable", equalTo(true))
                .extract().jsonPath();
        long orderId = placed.getLong("id");
        assertThat(orderedInDb(campaignId, "M")).isEqualTo(2);

        as("emma").contentType("application/json").body(self("L", 1))
                .when().put("/api/shirt-orders/{id}", orderId)
                .then().statusCode(200).body("lines.size", contains("L")).body("shirts", equalTo(1));
        assertThat(orderedInDb(campaignId, "M")).isZero();
        assertThat(orderedInDb(campaignId, "L")).isEqualTo(1);

        as("emma").get("/api/shirt-orders/mine").then().statusCode(200).body("id", hasItem((int) orderId));
        as("emma").when().post("/api/shirt-orders/{id}/cancel", orderId)
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("changeable", equalTo(false));
        assertThat(orderedInDb(campaignId, "L")).isZero();
        assertThat(activeOrdersInDb(campaignId)).isZero();
        as("emma").when().post("/api/shirt-orders/{id}/cancel", orderId).then().statusCode(409);
    }

    @Test
    void pastTheDeadlineOrdersCannotBePlacedChangedOrCancelled() {
        long campaignId = openCampaign("Past deadline");
        long orderId = order("emma", campaignId, self("S", 1));
        moveDeadline(campaignId, Instant.now().minusSeconds(5));

        as("emma").contentType("application/json").body(self("S", 1))
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("deadline"));
        as("emma").contentType("application/json").body(self("M", 1))
                .when().put("/api/shirt-orders/{id}", orderId).then().statusCode(409);
        as("emma").when().post("/api/shirt-orders/{id}/cancel", orderId).then().statusCode(409);
        as("emma").get("/api/shirt-orders/{id}", orderId).then().statusCode(200)
                .body("status", equalTo("ORDERED")).body("changeable", equalTo(false))
                .body("lines[0].size", equalTo("S"));
        assertThat(orderedInDb(campaignId, "S")).isEqualTo(1);
        assertThat(activeOrdersInDb(campaignId)).isEqualTo(1);
    }

    @Test
    void aLeadOrdersForTheirTeamWithNamesAndSizesInOneOrder() {
        long campaignId = openCampaign("Team order");
        long department = as("lars").get("/api/me").then().extract().jsonPath().getLong("leads[0].id");
        Map<String, Object> team = Map.of("kind", "TEAM", "departmentId", department, "lines", List.of(
                Map.of("size", "S", "wearerName", "Mette Holm"),
                Map.of("size", "L", "wearerName", "Jonas Berg"),
                Map.of("size", "L", "wearerName", "Ida Lund", "quantity", 2)));
        as("lars").contentType("application/json").body(team)
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId)
                .then().statusCode(201)
                .body("kind", equalTo("TEAM"))
                .body("department.id", equalTo((int) department))
                .body("department.name", equalTo("Anæstesi"))
                .body("lines.wearerName", contains("Mette Holm", "Jonas Berg", "Ida Lund"))
                .body("shirts", equalTo(4))
                .body("totalPriceMinor", equalTo((int) (4 * PRICE_DKK)));
        assertThat(orderedInDb(campaignId, "L")).isEqualTo(3);

        as("lars").contentType("application/json")
                .body(Map.of("kind", "TEAM", "departmentId", department, "lines", List.of(Map.of("size", "S"))))
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId)
                .then().statusCode(400).body("errors.field", contains("lines[0].wearerName"));
        long emmasDepartment = as("emma").get("/api/me").then().extract().jsonPath().getLong("department.id");
        as("lars").contentType("application/json").body(Map.of("kind", "TEAM", "departmentId", emmasDepartment,
                        "lines", List.of(Map.of("size", "S", "wearerName", "X"))))
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId).then().statusCode(403);
        as("emma").contentType("application/json").body(Map.of("kind", "TEAM", "departmentId", emmasDepartment,
                        "lines", List.of(Map.of("size", "S", "wearerName", "X"))))
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId).then().statusCode(403);
        assertThat(activeOrdersInDb(campaignId)).isEqualTo(1);
    }

    @Test
    void twentyParallelOrdersForTheLastFiveShirtsNeverOversell() throws Exception {
        long campaignId = create(campaign("Last shirts", sizes("M", 5, "L", null)));
        String token = Tokens.of("emma");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return withToken(token).contentType("application/json").body(self("M", 1))
                            .post("/api/shirt-campaigns/{id}/orders", campaignId);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> f : futures) {
                statuses.add(f.get().statusCode());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
        } finally {
            pool.shutdownNow();
        }
        assertThat(orderedInDb(campaignId, "M")).isEqualTo(5);
        assertThat(activeOrdersInDb(campaignId)).isEqualTo(5);
        as("emma").get("/api/shirt-campaigns/{id}", campaignId).then()
                .body("sizes.find { it.size == 'M' }.available", equalTo(0));
        as("emma").contentType("application/json").body(self("M", 1))
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId)
                .then().statusCode(409).body("detail", containsString("sold out"));
    }

    @Test
    void aStockLimitCannotDropBelowWhatIsOrdered() {
        Map<String, Object> request = campaign("Limits", sizes("M", 3));
        long campaignId = create(request);
        order("emma", campaignId, self("M", 2));
        as("emma").contentType("application/json").body(self("M", 2))
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId)
                .then().statusCode(409).body("detail", containsString("Only 1"));
        request.put("sizes", List.of(Map.of("size", "M", "stockLimit", 1)));
        as("ada").contentType("application/json").body(request)
                .when().put("/api/shirt-campaigns/{id}", campaignId).then().statusCode(409);
        request.put("sizes", List.of(Map.of("size", "L")));
        as("ada").contentType("application/json").body(request)
                .when().put("/api/shirt-campaigns/{id}", campaignId).then().statusCode(409);
        request.put("sizes", List.of(Map.of("size", "M", "stockLimit", 2), Map.of("size", "L")));
        as("ada").contentType("application/json").body(request)
                .when().put("/api/shirt-campaigns/{id}", campaignId).then().statusCode(200)
                .body("sizes.size", contains("M", "L"))
                .body("sizes[0].available", equalTo(0));
    }

    @Test
    void rolesDecideWhoManagesOrdersAndSeesWhat() {
        long campaignId = openCampaign("Roles");
        long larsOrder = order("lars", campaignId, self("XL", 1));
        as("emma").contentType("application/json").body(campaign("Not mine", sizes("M", null)))
                .when().post("/api/shirt-campaigns").then().statusCode(403).contentType("application/problem+json");
        as("nora").contentType("application/json").body(campaign("Not NGO", sizes("M", null)))
                .when().post("/api/shirt-campaigns").then().statusCode(403);
        as("nora").contentType("application/json").body(self("M", 1))
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId).then().statusCode(403);
        // Someone else's order does not exist for an employee; an admin sees it.
        as("emma").get("/api/shirt-orders/{id}", larsOrder).then().statusCode(404)
                .contentType("application/problem+json");
        as("emma").contentType("application/json").body(self("M", 1))
                .when().put("/api/shirt-orders/{id}", larsOrder).then().statusCode(404);
        as("emma").when().post("/api/shirt-orders/{id}/cancel", larsOrder).then().statusCode(404);
        as("emma").get("/api/shirt-orders/mine").then().statusCode(200).body("id", not(hasItem((int) larsOrder)));
        as("ada").get("/api/shirt-orders/{id}", larsOrder).then().statusCode(200)
                .body("orderedBy", equalTo("Lars Nielsen"));
        as("ada").get("/api/shirt-campaigns/{id}/orders", campaignId).then().statusCode(200)
                .body("id", hasItem((int) larsOrder));
        for (String user : List.of("emma", "lars", "nora")) {
            as(user).get("/api/shirt-campaigns/{id}/orders", campaignId).then().statusCode(403);
            as(user).get("/api/shirt-campaigns/{id}/printer-sheet", campaignId).then().statusCode(403);
            as(user).get("/api/shirt-campaigns/{id}/print-runs", campaignId).then().statusCode(403);
        }
        as("emma").get("/api/shirt-campaigns/{id}/summary", campaignId).then().statusCode(403);
        // NGO staff read campaigns and totals, never who ordered.
        String summary = as("nora").get("/api/shirt-campaigns/{id}/summary", campaignId).then().statusCode(200)
                .body("shirtsOrdered", equalTo(1)).extract().asString();
        assertThat(summary).doesNotContain("Lars");
        anonymous().get("/api/shirt-campaigns").then().statusCode(401);
        as("emma").get("/api/shirt-campaigns/{id}", 999999).then().statusCode(404);
    }
}
