package dk.kollekt.common;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens from the real Keycloak, through the kollekt-cli client's password grant (demo realm). */
public final class Tokens {

    public static final String PASSWORD = "demo";

    /** Realm URL and user to a token and the System.nanoTime() after which it is fetched again. */
    private static final Map<String, Map.Entry<String, Long>> REUSED = new ConcurrentHashMap<>();

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

    /**
     * A token of the user, reused until half its lifetime is gone (Keycloak's realm may make it short): for tests
     * that make hundreds of calls and do not depend on fresh roles.
     */
    public static String reused(String user) {
        return REUSED.compute(realmUrl() + " " + user, (key, cached) -> {
            if (cached != null && System.nanoTime() <= cached.getValue()) {
                return cached;
            }
            JsonPath fresh = RestAssured.given()
                    .formParam("client_id", "kollekt-cli").formParam("grant_type", "password")
                    .formParam("username", user).formParam("password", PASSWORD)
                    .post(realmUrl() + "/protocol/openid-connect/token")
                    .then().statusCode(200).extract().jsonPath();
            return Map.entry(fresh.getString("access_token"),
                    System.nanoTime() + Duration.ofSeconds(fresh.getLong("expires_in")).toNanos() / 2);
        }).getKey();
    }

    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }
}
