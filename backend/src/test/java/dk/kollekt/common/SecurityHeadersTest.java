package dk.kollekt.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.kollekt.common.Api.anonymous;
import static dk.kollekt.common.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndNoSniffing() {
        String keycloak = SecurityHeaders.origin(Tokens.realmUrl());
        as("emma").get("/api/me").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self';"), containsString("frame-ancestors 'none'"),
                        containsString("connect-src 'self' " + keycloak + ";"),
                        containsString("frame-src 'self' " + keycloak + ";")))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Cache-Control", "no-store");
        // Errors too.
        anonymous().get("/api/me").then().statusCode(401)
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theSilentSignInPageMayBeFramedByTheAppAloneAndRunsOnlyItsOwnScript() {
        // Plain REST Assured: the app's files are not served in this profile, but the headers are the same.
        given().get(SecurityHeaders.SILENT_SIGN_IN).then()
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Content-Security-Policy", allOf(containsString("frame-ancestors 'self';"),
                        containsString("script-src " + SecurityHeaders.SILENT_SIGN_IN_SCRIPT + ";"),
                        not(containsString("script-src 'self'"))));
        // no other page: not the app's start page
        given().get("/").then().header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none';"));
    }

    @Test
    void theHashInThePolicyIsThatOfTheSilentSignInPagesScript() throws Exception {
        String page = Files.readString(Path.of("..", "frontend", "public", "silent-check-sso.html"), StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(script.find()).as("silent-check-sso.html has its inline script").isTrue();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
        assertThat(SecurityHeaders.SILENT_SIGN_IN_SCRIPT)
                .isEqualTo("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        assertThat(script.find()).as("one script only").isFalse();
    }

    @Test
    void anotherSiteMayNotCallTheApiFromABrowser() {
        // Plain REST Assured: the browser-level CORS filter answers before the API, outside the contract.
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/donations")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(Tokens.of("emma")).header("Origin", "https://evil.example").get("/api/me")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        // The app's own origin is welcome.
        given().auth().oauth2(Tokens.of("emma")).header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .get("/api/me").then().statusCode(200);
    }

    @Test
    void theKeycloakOriginIsSchemeHostAndPort() {
        org.assertj.core.api.Assertions.assertThat(SecurityHeaders.origin("https://sso.example.com/realms/kollekt"))
                .isEqualTo("https://sso.example.com");
        org.assertj.core.api.Assertions.assertThat(SecurityHeaders.origin("http://localhost:8180/realms/kollekt"))
                .isEqualTo("http://localhost:8180");
    }
}
