package dk.kollekt.screen;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dk.kollekt.common.Api.anonymous;
import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ScreenResourceTest {

    @TestHTTPResource("/")
    URL base;

    private String token(String path) {
        return path.substring("/screen/".length());
    }

    @Test
    void aLeadsScreenLinkShowsTheBoardWithoutALoginUntilRevoked() throws Exception {
        var screen = as("lars").contentType("application/json")
                .body(Map.of("title", "Kantinen, Aarhus", "level", "LOCATION", "period", "YEAR"))
                .when().post("/api/screens")
                .then().statusCode(201)
                .body("path", matchesPattern("/screen/[0-9a-f]{32}"))
                .body("revoked", equalTo(false))
                .extract().jsonPath();
        String token = token(screen.getString("path"));

        anonymous().when().get("/api/screens/{token}/board", token)
                .then().statusCode(200)
                .body("title", equalTo("Kantinen, Aarhus"))
                .body("board.level", equalTo("LOCATION"))
                .body("board.rows[0]", not(hasKey("email")));

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<java.util.stream.Stream<String>> stream = client.sendAsync(HttpRequest.newBuilder(
                        URI.create(base + "api/screens/" + token + "/stream")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        String first = stream.body().filter(l -> l.startsWith("data:")).findFirst().orElseThrow();
        assertThat(first).contains("\"title\":\"Kantinen, Aarhus\"");
        client.shutdownNow();

        as("emma").when().post("/api/screens/{id}/revoke", screen.getLong("id")).then().statusCode(403);
        as("lars").when().post("/api/screens/{id}/revoke", screen.getLong("id"))
                .then().statusCode(200).body("revoked", equalTo(true));
        anonymous().when().get("/api/screens/{token}/board", token)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCompetitionScreenShowsThatCompetitionsBoard() {
        String lars = as("lars").get("/api/me").then().extract().jsonPath().getString("department.id");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        long competition = as("lars").contentType("application/json")
                .body(Map.of("name", "Kagedysten", "startsOn", today.toString(), "endsOn", today.plusDays(2).toString(),
                        "scope", "DEPARTMENTS", "scopeIds", List.of(lars), "metric", "PARTICIPATION",
                        "ranking", "PER_EMPLOYEE"))
                .post("/api/competitions").then().statusCode(201).extract().jsonPath().getLong("id");
        String path = as("lars").contentType("application/json")
                .body(Map.of("title", "Kagedysten", "competitionId", competition))
                .post("/api/screens").then().statusCode(201)
                .body("metric", equalTo("PARTICIPATION")).body("period", equalTo("CUSTOM"))
                .extract().path("path");

        anonymous().get("/api/screens/{token}/board", token(path)).then().statusCode(200)
                .body("board.rows.id", contains(lars))
                .body("board.valueUnit", equalTo("BASIS_POINTS"));
    }

    @Test
    void onlyLeadsAndAdminsMakeScreensAndBadLinksAreRefused() {
        as("emma").contentType("application/json").body(Map.of("title", "Mine"))
                .post("/api/screens").then().statusCode(403);
        anonymous().get("/api/screens/{token}/board", "0".repeat(32)).then().statusCode(404);
        as("ada").get("/api/screens").then().statusCode(200);
    }
}
