package dk.kollekt.shirt;

import dk.kollekt.common.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static dk.kollekt.shirt.ShirtTestData.PRICE_DKK;
import static dk.kollekt.shirt.ShirtTestData.campaign;
import static dk.kollekt.shirt.ShirtTestData.create;
import static dk.kollekt.shirt.ShirtTestData.openCampaign;
import static dk.kollekt.shirt.ShirtTestData.self;
import static dk.kollekt.shirt.ShirtTestData.sizes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ShirtPrintingTest {

    @Inject
    EntityManager em;

    /** SHIRT_PRINT contributions of an order line: [count, sum of amounts, rows with an employee giver]. */
    private long[] ledgerOf(long orderLineId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0), COUNT(giver_employee_id) FROM contribution"
                                + " WHERE source = 'SHIRT_PRINT' AND origin LIKE ?1")
                .setParameter(1, "shirt-print:" + orderLineId + ":%").getSingleResult());
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()};
    }

    private long departmentOfContributions(long orderLineId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT MIN(department_id) FROM contribution WHERE origin LIKE ?1")
                .setParameter(1, "shirt-print:" + orderLineId + ":%").getSingleResult()).longValue());
    }

    private JsonPath place(String user, long campaignId, Map<String, Object> request) {
        return as(user).contentType("application/json").body(request)
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId)
                .then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> run(String reference, long lineId, int quantity) {
        return Map.of("reference", reference, "lines", List.of(Map.of("orderLineId", lineId, "quantity", quantity)));
    }

    @Test
    void partialAndRepeatedPrintRunsAddExactlyOneDonationPerPrintedShirt() {
        long campaignId = openCampaign("Print runs");
        JsonPath order = place("emma", campaignId, self("M", 3));
        long orderId = order.getLong("id");
        long lineId = order.getLong("lines[0].id");
        long emmasDepartment = order.getLong("department.id");
        String key = TestData.newKey();

        as("ada").header("Idempotency-Key", key).contentType("application/json").body(run("PR-1", lineId, 2))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId)
                .then().statusCode(201)
                .body("shirts", equalTo(2))
                .body("lines[0].orderLineId", equalTo((int) lineId));
        assertThat(ledgerOf(lineId)).containsExactly(2, 2 * 5000, 0);
        assertThat(departmentOfContributions(lineId)).isEqualTo(emmasDepartment);
        as("emma").get("/api/shirt-orders/{id}", orderId).then()
                .body("status", equalTo("PARTLY_PRINTED")).body("printed", equalTo(2))
                .body("changeable", equalTo(false));
        // A printed order stays as it is.
        as("emma").contentType("application/json").body(self("L", 1))
                .when().put("/api/shirt-orders/{id}", orderId).then().statusCode(409);
        as("emma").when().post("/api/shirt-orders/{id}/cancel", orderId).then().statusCode(409);

        // The same request again (a retry) answers the same run and adds nothing.
        as("ada").header("Idempotency-Key", key).contentType("application/json").body(run("PR-1", lineId, 2))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("shirts", equalTo(2));
        // The same run recorded again under a new key is refused.
        as("ada").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(run("PR-1", lineId, 1))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("recorded already"));
        assertThat(ledgerOf(lineId)).containsExactly(2, 2 * 5000, 0);

        // Never more than ordered.
        as("ada").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(run("PR-2", lineId, 2))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId)
                .then().statusCode(422).body("errors.field", contains("lines[0].quantity"));
        assertThat(ledgerOf(lineId)).containsExactly(2, 2 * 5000, 0);

        as("ada").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(run("PR-2", lineId, 1))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId)
                .then().statusCode(201).body("shirts", equalTo(1));
        assertThat(ledgerOf(lineId)).containsExactly(3, 3 * 5000, 0);
        as("emma").get("/api/shirt-orders/{id}", orderId).then().body("status", equalTo("PRINTED"));
        as("ada").get("/api/shirt-campaigns/{id}/print-runs", campaignId).then().statusCode(200)
                .body("reference", contains("PR-2", "PR-1"))
                .body("shirts", contains(1, 2));

        asSendingInvalid("ada").contentType("application/json").body(run("PR-3", lineId, 1))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        as("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(run("PR-4", lineId, 1))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId).then().statusCode(403);
    }

    @Test
    void aRunNamingALineOfAnotherCampaignOrACancelledOrderPrintsNothing() {
        long campaignId = openCampaign("Print checks");
        long other = openCampaign("Print checks, other");
        long good = place("emma", campaignId, self("S", 1)).getLong("lines[0].id");
        long foreign = place("emma", other, self("S", 1)).getLong("lines[0].id");
        JsonPath cancelled = place("lars", campaignId, self("S", 1));
        as("lars").post("/api/shirt-orders/{id}/cancel", cancelled.getLong("id")).then().statusCode(200);
        as("ada").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("reference", "PR-X", "lines", List.of(Map.of("orderLineId", good, "quantity", 1),
                        Map.of("orderLineId", foreign, "quantity", 1),
                        Map.of("orderLineId", cancelled.getLong("lines[0].id"), "quantity", 1))))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId)
                .then().statusCode(422)
                .body("errors.field", contains("lines[1].orderLineId", "lines[2].orderLineId"));
        assertThat(ledgerOf(good)[0]).isZero();
    }

    @Test
    void pricesOwedAndDonationsAreTotalledApart() {
        long campaignId = openCampaign("Price vs donation");
        long department = as("lars").get("/api/me").then().extract().jsonPath().getLong("leads[0].id");
        long emmaLine = place("emma", campaignId, self("M", 2)).getLong("lines[0].id");
        place("lars", campaignId, Map.of("kind", "TEAM", "departmentId", department, "lines", List.of(
                Map.of("size", "S", "wearerName", "Mette Holm"), Map.of("size", "L", "wearerName", "Jonas Berg"))));
        as("ada").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(run("PVD-1", emmaLine, 2))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId).then().statusCode(201);

        as("nora").get("/api/shirt-campaigns/{id}/summary", campaignId).then().statusCode(200)
                .body("orders", equalTo(2))
                .body("shirtsOrdered", equalTo(4))
                .body("shirtsPrinted", equalTo(2))
                .body("prices.currency", contains("DKK"))
                .body("prices[0].shirts", equalTo(4))
                .body("prices[0].totalMinor", equalTo((int) (4 * PRICE_DKK)))
                .body("donations.currency", equalTo("DKK"))
                .body("donations.contributions", equalTo(2))
                .body("donations.pledgedMinor", equalTo(2 * 5000))
                .body("donations.collectedMinor", equalTo(0));
        // The ledger holds the donation per print, never the shirt's price.
        assertThat(ledgerOf(emmaLine)).containsExactly(2, 2 * 5000, 0);
    }

    @Test
    void theDonationPerPrintIsTheCampaignsOwn() {
        Map<String, Object> request = campaign("Own donation", sizes("M", null));
        request.put("donationPerPrintMinor", 7500);
        long campaignId = create(request);
        long line = place("emma", campaignId, self("M", 1)).getLong("lines[0].id");
        as("ada").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(run("OWN-1", line, 1))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId).then().statusCode(201);
        assertThat(ledgerOf(line)).containsExactly(1, 7500, 0);
    }

    @Test
    void thePrinterSheetCountsSizesPerLocationWithTheDeliveryAddress() {
        long emmasLocation = as("emma").get("/api/me").then().extract().jsonPath().getLong("location.id");
        Map<String, Object> request = campaign("Printer sheet", sizes("S", null, "M", null, "L", null));
        request.put("deliveries", List.of(Map.of("locationId", emmasLocation, "address", "Hospitalsvej 1, 2100 København Ø",
                "note", "Reception")));
        long campaignId = create(request);
        long line = place("emma", campaignId, self("M", 2)).getLong("lines[0].id");
        place("emma", campaignId, Map.of("lines", List.of(Map.of("size", "L", "quantity", 1))));
        as("ada").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(run("SHEET-1", line, 1))
                .when().post("/api/shirt-campaigns/{id}/print-runs", campaignId).then().statusCode(201);

        String where = "locations.find { it.location.id == " + emmasLocation + " }";
        as("ada").get("/api/shirt-campaigns/{id}/printer-sheet", campaignId).then().statusCode(200)
                .body("sizes", contains("S", "M", "L"))
                .body(where + ".deliveryAddress", equalTo("Hospitalsvej 1, 2100 København Ø"))
                .body(where + ".counts.bySize.ordered", contains(0, 2, 1))
                .body(where + ".counts.bySize.toPrint", contains(0, 1, 1))
                .body(where + ".counts.ordered", equalTo(3))
                .body("totals.printed", equalTo(1));
        String csv = as("ada").get("/api/shirt-campaigns/{id}/printer-sheet.csv", campaignId).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();
        assertThat(csv.lines().toList()).first()
                .isEqualTo("location,country,delivery_address,delivery_note,size,ordered,printed,to_print");
        assertThat(csv).contains(",\"Hospitalsvej 1, 2100 København Ø\",Reception,M,2,1,1")
                .contains(",\"Hospitalsvej 1, 2100 København Ø\",Reception,L,1,0,1")
                .doesNotContain(",S,0");
    }
}
