package dk.kollekt.common;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Map;

/**
 * Test users of the tests' own in the realm, through the Admin REST API with the kollekt-api client that the lead
 * role sync uses: made with the demo password, and deleted by the tests that must leave none behind.
 */
public final class KeycloakUsers {

    private KeycloakUsers() {
    }

    /** Makes the user (unless an earlier run left it) with a verified email and these realm roles. */
    public static void ensure(String username, String email, String firstName, String lastName, String... roles) {
        String token = adminToken();
        int created = RestAssured.given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("username", username, "email", email, "emailVerified", true, "enabled", true,
                        "firstName", firstName, "lastName", lastName, "credentials",
                        List.of(Map.of("type", "password", "value", Tokens.PASSWORD, "temporary", false))))
                .post(adminUrl() + "/users").then().extract().statusCode();
        if (created != 201 && created != 409) {
            throw new IllegalStateException("Keycloak did not create the test user " + username + ": " + created);
        }
        String id = idOf(token, username);
        for (String role : roles) {
            Map<?, ?> representation = RestAssured.given().auth().oauth2(token).get(adminUrl() + "/roles/{role}", role)
                    .then().statusCode(200).extract().as(Map.class);
            RestAssured.given().auth().oauth2(token).contentType("application/json").body(List.of(representation))
                    .post(adminUrl() + "/users/{id}/role-mappings/realm", id).then().statusCode(204);
        }
    }

    /** Deletes the user if it is there. */
    public static void delete(String username) {
        String token = adminToken();
        String id = idOf(token, username);
        if (id != null) {
            RestAssured.given().auth().oauth2(token).delete(adminUrl() + "/users/{id}", id).then().statusCode(204);
        }
    }

    /** The user's realm role names, as Keycloak holds them now. */
    public static List<String> realmRoles(String username) {
        String token = adminToken();
        return RestAssured.given().auth().oauth2(token)
                .get(adminUrl() + "/users/{id}/role-mappings/realm", idOf(token, username))
                .then().statusCode(200).extract().jsonPath().getList("name");
    }

    private static String idOf(String token, String username) {
        return RestAssured.given().auth().oauth2(token).queryParam("username", username).queryParam("exact", true)
                .get(adminUrl() + "/users").then().statusCode(200).extract().path("[0].id");
    }

    private static String adminUrl() {
        return Tokens.realmUrl().replaceFirst("/realms/([^/]+)/?$", "/admin/realms/$1");
    }

    private static String adminToken() {
        Config config = ConfigProvider.getConfig();
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", config.getValue("quarkus.oidc-client.client-id", String.class))
                .formParam("client_secret", config.getValue("quarkus.oidc-client.credentials.secret", String.class))
                .post(Tokens.realmUrl() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }
}
