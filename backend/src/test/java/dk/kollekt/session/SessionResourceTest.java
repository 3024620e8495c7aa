package dk.kollekt.session;

import dk.kollekt.common.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static dk.kollekt.common.Api.anonymous;
import static dk.kollekt.common.Api.as;
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
