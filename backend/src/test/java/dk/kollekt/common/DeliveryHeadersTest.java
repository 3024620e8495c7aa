package dk.kollekt.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.kollekt.common.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/** The app as the production build serves it: gzipped, its hashed files kept, the rest checked on every use. */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class DeliveryHeadersTest {

    @Test
    void everyPageOfTheAppIsCheckedOnEachUseGzippedAndConnectsToKeycloakEarly() {
        String keycloak = SecurityHeaders.origin(Tokens.realmUrl());
        for (String page : new String[] {"/", "/boards", "/s/AB12CD"}) {
            given().header("Accept-Encoding", "gzip").get(page).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .header("Cache-Control", "no-cache")
                    .header("Content-Encoding", "gzip")
                    .header("Link", containsString("<" + keycloak + ">; rel=preconnect"));
        }
    }

    @Test
    void theBuildsHashedScriptsAreKeptForAYearAndGzipped() {
        String index = given().get("/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/index-[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("index.html loads its entry script").isTrue();
        Response answer = given().header("Accept-Encoding", "gzip").get(script.group(1));
        answer.then().statusCode(200).contentType(startsWith("text/javascript"))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Content-Encoding", "gzip");
        assertThat(answer.asString()).isNotBlank();
    }

    @Test
    void aMissingFileIsNeverKeptInItsPlace() {
        // The single-page routing answers index.html for an unknown address, also under /assets/: not for a year.
        given().get("/assets/index-missing.js").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache");
    }

    @Test
    void apiAnswersAreNeverStoredButStillGzipped() {
        as("emma").header("Accept-Encoding", "gzip").get("/api/me").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Content-Encoding", "gzip");
    }
}
