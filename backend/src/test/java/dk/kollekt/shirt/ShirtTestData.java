package dk.kollekt.shirt;

import dk.kollekt.common.TestData;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.kollekt.common.Api.as;

/** Campaigns and orders the shirt tests build on. */
final class ShirtTestData {

    static final long PRICE_DKK = 14900;
    static final long PRICE_NOK = 19900;
    static final long PRICE_SEK = 18900;

    private ShirtTestData() {
    }

    /** A campaign request open for a week; {@code limits} maps sizes to stock limits (null: no limit). */
    static Map<String, Object> campaign(String name, Map<String, Integer> limits) {
        List<Map<String, Object>> sizes = new ArrayList<>();
        limits.forEach((size, limit) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("size", size);
            if (limit != null) {
                s.put("stockLimit", limit);
            }
            sizes.add(s);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("printTitle", "Vi løber for Sierra Leone");
        body.put("projectPostId", TestData.postId("Hospitalet"));
        body.put("orderDeadline", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("sizes", sizes);
        body.put("prices", List.of(Map.of("currency", "DKK", "priceMinor", PRICE_DKK),
                Map.of("currency", "NOK", "priceMinor", PRICE_NOK), Map.of("currency", "SEK", "priceMinor", PRICE_SEK)));
        return body;
    }

    static Map<String, Integer> sizes(Object... sizeThenLimit) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (int i = 0; i < sizeThenLimit.length; i += 2) {
            limits.put((String) sizeThenLimit[i], (Integer) sizeThenLimit[i + 1]);
        }
        return limits;
    }

    static long create(Map<String, Object> request) {
        return as("ada").contentType("application/json").body(request)
                .when().post("/api/shirt-campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long openCampaign(String name) {
        return create(campaign(name, sizes("S", null, "M", null, "L", null, "XL", null)));
    }

    static Map<String, Object> self(String size, int quantity) {
        return Map.of("lines", List.of(Map.of("size", size, "quantity", quantity)));
    }

    /** Places an order and answers its id. */
    static long order(String user, long campaignId, Map<String, Object> request) {
        return as(user).contentType("application/json").body(request)
                .when().post("/api/shirt-campaigns/{id}/orders", campaignId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
