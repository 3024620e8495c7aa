package dk.kollekt.session;

import dk.kollekt.common.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.kollekt.common.Api.anonymous;
import static dk.kollekt.common.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SessionResourceTest {

    @Test
    void emmaSeesHerDepartmentLocationAndCurrency() {
        as("emma")
                .when().get("/api/me")
                .then().statusCode(200)
                .body("name", equalTo("Emma Hansen"))
                .body("roles", contains("employee"))
                .body("employeeNumber", equalTo("D0001"))
                .body("department.name", equalTo("Ortopædkirurgi"))
                .body("location.name", equalTo("Aarhus Privathospital"))
                .body("country.code", equalTo("DK"))
                .body("currency", equalTo("DKK"))
                .body("leads", empty());
    }

    @Test
    void larsIsEmployeeAndLeadOfHisDepartment() {
        as("lars")
                .when().get("/api/me")
                .then().statusCode(200)
                .body("name", equalTo("Lars Nielsen"))
                .body("roles", containsInAnyOrder("employee", "lead"))
                .body("department.name", equalTo("Anæstesi"))
                .body("leads.name", contains("Anæstesi"));
    }

    @Test
    void noraFromTheNgoIsNotInTheCompanyDirectory() {
        as("nora")
                .when().get("/api/me")
                .then().statusCode(200)
                .body("name", equalTo("Nora Berg"))
                .body("roles", contains("ngo"))
                .body("department", nullValue())
                .body("employeeNumber", nullValue())
                .body("leads", empty());
    }

    @Test
    void adaIsAdminAtHeadOffice() {
        as("ada")
                .when().get("/api/me")
                .then().statusCode(200)
                .body("roles", containsInAnyOrder("employee", "admin"))
                .body("department.name", equalTo("CSR og Kommunikation"))
                .body("location.name", equalTo("Hovedkontor København"));
    }

    @Test
    void withoutTokenTheAnswerIs401Problem() {
        anonymous()
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo("/api/me"))
                .body("detail", notNullValue());
    }

    @Test
    void garbageTokenIs401() {
        anonymous().auth().oauth2("not-a-token")
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenWithForgedClaimsIs401() {
        String[] parts = Tokens.of("emma").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"employee\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];
        anonymous().auth().oauth2(forged)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void unsignedTokenIs401() {
        String[] parts = Tokens.of("emma").split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(none + "." + parts[1] + ".");
    }

    @Test
    void tokenOfAnotherIssuerIs401() {
        // The same Keycloak and signing key, asked under another host name, names itself differently in "iss".
        URI realm = URI.create(Tokens.realmUrl());
        String otherHost = switch (realm.getHost()) {
            case "localhost" -> "127.0.0.1";
            case "127.0.0.1" -> "localhost";
            default -> null;
        };
        assumeTrue(otherHost != null, "needs a Keycloak on the loopback interface");
        String token = given().formParam("client_id", "kollekt-cli").formParam("grant_type", "password")
                .formParam("username", "emma").formParam("password", Tokens.PASSWORD)
                .post(Tokens.realmUrl().replace("//" + realm.getHost(), "//" + otherHost)
                        + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        assertThat(claims(token).get("iss")).isEqualTo(realm.toString().replace("//" + realm.getHost(), "//" + otherHost));
        refused(token);
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        // A genuine token of this realm, but issued to the API's own admin client, not for the API.
        String token = given().formParam("client_id", "kollekt-api").formParam("grant_type", "client_credentials")
                .formParam("client_secret", ConfigProvider.getConfig()
                        .getValue("quarkus.oidc-client.credentials.secret", String.class))
                .post(Tokens.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        assertThat(String.valueOf(claims(token).get("aud"))).doesNotContain("\"kollekt-api\"");
        refused(token);
        assertThat(claims(Tokens.of("emma")).get("aud").toString()).contains("kollekt-api");
    }

    @Test
    void expiredTokenIs401() throws InterruptedException {
        // Keycloak issues 5-minute tokens; its admin API adds a client of this test's own whose tokens live 5 s
        // (like the scripts' client otherwise), so no other client's tokens change meanwhile.
        String admin = given().formParam("client_id", "admin-cli").formParam("grant_type", "password")
                .formParam("username", "admin").formParam("password", "admin")
                .post(Tokens.realmUrl().replace("/realms/kollekt", "/realms/master") + "/protocol/openid-connect/token")
                .then().extract().path("access_token");
        assumeTrue(admin != null, "needs the local Keycloak's admin account (admin/admin)");
        String clientId = "kollekt-expiry-test-" + UUID.randomUUID();
        String location = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "5"),
                        "protocolMappers", List.of(Map.of("name", "kollekt-api audience", "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper", "config",
                                Map.of("included.client.audience", "kollekt-api", "access.token.claim", "true")))))
                .post(Tokens.realmUrl().replace("/realms/kollekt", "/admin/realms/kollekt/clients"))
                .then().statusCode(201).extract().header("Location");
        String token;
        try {
            token = given().formParam("client_id", clientId).formParam("grant_type", "password")
                    .formParam("username", "emma").formParam("password", Tokens.PASSWORD)
                    .post(Tokens.realmUrl() + "/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
        } finally {
            given().auth().oauth2(admin).delete(location).then().statusCode(204);
        }
        long expires = ((Number) claims(token).get("exp")).longValue();
        assertThat(expires - ((Number) claims(token).get("iat")).longValue()).isEqualTo(5);
        anonymous().auth().oauth2(token).get("/api/me").then().statusCode(200);
        Thread.sleep(Math.max(0, (expires + 1) * 1000 - System.currentTimeMillis()));
        refused(token);
    }

    private static void refused(String token) {
        anonymous().auth().oauth2(token)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    private static Map<String, Object> claims(String token) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .getMap("$");
    }

    @Test
    void configTellsTheAppWhereToSignInWithoutAToken() {
        anonymous()
                .when().get("/api/config")
                .then().statusCode(200)
                .body("realm", equalTo("kollekt"))
                .body("clientId", equalTo("kollekt-spa"))
                .body("keycloakUrl", endsWith(":8180"));
    }

    @Test
    void unknownApiPathIs404Problem() {
        as("emma")
                .when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void everyoneSeesTheNgoAndItsProjectPosts() {
        as("nora")
                .when().get("/api/ngos")
                .then().statusCode(200)
                .body("name", hasItem("Sundhed for Sierra Leone"))
                .body("find { it.name == 'Sundhed for Sierra Leone' }.posts.name",
                        contains("Hospitalet", "Kirurgisk uddannelse", "Sygeplejeskolen"));
    }
}
