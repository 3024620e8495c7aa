package dk.kollekt.common;

import io.restassured.RestAssured;

import java.util.UUID;

/** Lookups of the demo data the tests build on. */
public final class TestData {

    private TestData() {
    }

    /** Id of a project post of the demo NGO, by name (Hospitalet, Kirurgisk uddannelse, Sygeplejeskolen). */
    public static long postId(String name) {
        return RestAssured.given().auth().oauth2(Tokens.of("emma")).get("/api/ngos")
                .then().statusCode(200)
                .extract().jsonPath().getLong("posts.flatten().find { it.name == '" + name + "' }.id");
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }
}
