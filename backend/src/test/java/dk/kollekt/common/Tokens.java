package dk.kollekt.common;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

/** Access tokens from the real Keycloak, through the kollekt-cli client's password grant (demo realm). */
public final class Tokens {

    public static final String PASSWORD = "demo";

    private Tokens() {
    }

    /** A fresh access token for the user; fresh, so that role changes in Keycloak show. */
    public static String of(String user) {
        return RestAssured.given()
                .formParam("client_id", "kollekt-cli")
                .formParam("grant_type", "password")
                .formParam("username", user)
                .formParam("password", PASSWORD)
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }
}
