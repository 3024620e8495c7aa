package dk.kollekt.organisation;

import dk.kollekt.common.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class OrganisationResourceTest {

    @Inject
    EmployeeRepository employees;

    @Test
    void countriesCarryTheirCurrencies() {
        as("nora")
                .when().get("/api/countries")
                .then().statusCode(200)
                .body("code", contains("DK", "NO", "SE"))
                .body("currency", contains("DKK", "NOK", "SEK"));
    }

    @Test
    void locationsOfACountryAndTheirDepartmentsWithLeads() {
        long aarhus = as("emma").queryParam("country", "DK")
                .when().get("/api/locations")
                .then().statusCode(200)
                .body("countryCode", everyItem(equalTo("DK")))
                .extract().jsonPath().getLong("find { it.name == 'Aarhus Privathospital' }.id");

        as("emma")
                .when().get("/api/locations/{id}/departments", aarhus)
                .then().statusCode(200)
                .body("name", hasItem("Anæstesi"))
                .body("find { it.name == 'Anæstesi' }.leads.name", contains("Lars Nielsen"));
    }

    @Test
    void badCountryCodeIsAFieldError() {
        asSendingInvalid("emma").queryParam("country", "Danmark")
                .when().get("/api/locations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("country"));
    }

    @Test
    void unknownLocationIs404Problem() {
        as("emma")
                .when().get("/api/locations/{id}/departments", 987654)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no location 987654."));
    }

    @Test
    void adminsFindEmployeesOthersMayNot() {
        as("ada").queryParam("q", "emma@demo")
                .when().get("/api/employees")
                .then().statusCode(200)
                .body("employeeNumber", contains("D0001"));
        as("emma").queryParam("q", "emma")
                .when().get("/api/employees")
                .then().statusCode(403)
                .contentType("application/problem+json");
        as("nora").queryParam("q", "emma")
                .when().get("/api/employees")
                .then().statusCode(403);
    }

    @Test
    void makingALeadGrantsTheKeycloakRoleAndRemovingItTakesItAway() {
        Employee emma = QuarkusTransaction.requiringNew().call(() -> employees.findByNumber("D0001").orElseThrow());
        long otherDepartment = QuarkusTransaction.requiringNew()
                .call(() -> employees.findByNumber("D0002").orElseThrow().department.id);
        assertThat(realmRoles("emma")).doesNotContain("lead");
        try {
            as("ada")
                    .when().put("/api/departments/{d}/leads/{e}", otherDepartment, emma.id)
                    .then().statusCode(200)
                    .body("leads.name", hasItem("Emma Hansen"));
            assertThat(realmRoles("emma")).contains("lead");
            as("emma").when().get("/api/me").then().body("leads.id", contains((int) otherDepartment));

            // Idempotent: a second PUT changes nothing.
            as("ada").when().put("/api/departments/{d}/leads/{e}", otherDepartment, emma.id)
                    .then().statusCode(200).body("leads.size()", equalTo(2));
        } finally {
            as("ada")
                    .when().delete("/api/departments/{d}/leads/{e}", otherDepartment, emma.id)
                    .then().statusCode(200)
                    .body("leads.name", not(hasItem("Emma Hansen")))
                    .body("leads.size()", greaterThan(0));
        }
        assertThat(realmRoles("emma")).doesNotContain("lead");
    }

    @Test
    void onlyAdminsAppointLeads() {
        as("lars")
                .when().put("/api/departments/{d}/leads/{e}", 1, 1)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void appointingInAnUnknownDepartmentIs404() {
        as("ada")
                .when().put("/api/departments/{d}/leads/{e}", 999999, 1)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** The realm roles in a freshly issued token: what Keycloak now says about the user. */
    private static List<String> realmRoles(String user) {
        String claims = new String(Base64.getUrlDecoder().decode(Tokens.of(user).split("\\.")[1]));
        return io.restassured.path.json.JsonPath.from(claims).getList("realm_access.roles", String.class);
    }
}
