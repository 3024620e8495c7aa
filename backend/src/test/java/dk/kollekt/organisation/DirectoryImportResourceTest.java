package dk.kollekt.organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static dk.kollekt.common.Api.anonymous;
import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class DirectoryImportResourceTest {

    @Inject
    EmployeeRepository employees;
    @Inject
    DepartmentMembershipRepository memberships;

    /** Unique names per test, so tests share the database without seeing each other. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String file(String... rows) {
        return "employee_number,email,name,department,location,country\n" + String.join("\n", rows) + "\n";
    }

    private String row(String number, String name, String department, String location, String country) {
        return run + number + "," + number.toLowerCase() + "." + run + "@example.com," + name + "," + department
                + "," + location + " " + run + "," + country;
    }

    @Test
    void goodFileCreatesEmployeesWithTheirPlaces() {
        String csv = file(
                row("A1", "Anna Berg", "Kirurgi", "Odense Klinik", "DK"),
                row("A2", "Bo Holm", "Kirurgi", "Odense Klinik", "DK"),
                row("A3", "Kari Lie", "Resepsjon", "Bergen Klinikk", "NO"));

        as("ada").contentType("text/csv").body(csv)
                .when().post("/api/directory/imports")
                .then().statusCode(200)
                .body("rows", equalTo(3))
                .body("employeesCreated", equalTo(3))
                .body("locationsCreated", equalTo(2))
                .body("departmentsCreated", equalTo(2));

        QuarkusTransaction.requiringNew().run(() -> {
            Employee kari = employees.findByNumber(run + "A3").orElseThrow();
            assertThat(kari.name).isEqualTo("Kari Lie");
            assertThat(kari.department.name).isEqualTo("Resepsjon");
            assertThat(kari.department.location.name).isEqualTo("Bergen Klinikk " + run);
            assertThat(kari.department.location.country.code).isEqualTo("NO");
            assertThat(memberships.historyOf(kari)).hasSize(1);
        });
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        String csv = file(row("B1", "Anna Berg", "Kirurgi", "Vejle Klinik", "DK"),
                row("B2", "Bo Holm", "Kirurgi", "Vejle Klinik", "DK"));
        as("ada").contentType("text/csv").body(csv).post("/api/directory/imports").then().statusCode(200);
        long before = employees.count();

        as("ada").contentType("text/csv").body(csv)
                .when().post("/api/directory/imports")
                .then().statusCode(200)
                .body("employeesCreated", equalTo(0))
                .body("employeesMoved", equalTo(0))
                .body("employeesUnchanged", equalTo(2))
                .body("locationsCreated", equalTo(0));

        assertThat(employees.count()).isEqualTo(before);
    }

    @Test
    void reimportMovesAnEmployeeAndKeepsTheirHistory() {
        as("ada").contentType("text/csv")
                .body(file(row("C1", "Anna Berg", "Kirurgi", "Horsens Klinik", "DK"),
                        row("C2", "Bo Holm", "Kirurgi", "Horsens Klinik", "DK")))
                .post("/api/directory/imports").then().statusCode(200);

        as("ada").contentType("text/csv")
                .body(file(row("C1", "Anna Berg", "Radiologi", "Horsens Klinik", "DK"),
                        row("C2", "Bo Holm-Jensen", "Kirurgi", "Horsens Klinik", "DK")))
                .when().post("/api/directory/imports")
                .then().statusCode(200)
                .body("employeesMoved", equalTo(1))
                .body("employeesUpdated", equalTo(1))
                .body("departmentsCreated", equalTo(1));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        QuarkusTransaction.requiringNew().run(() -> {
            Employee anna = employees.findByNumber(run + "C1").orElseThrow();
            assertThat(anna.department.name).isEqualTo("Radiologi");
            assertThat(anna.departmentSince).isEqualTo(today);
            List<DepartmentMembership> history = memberships.historyOf(anna);
            assertThat(history).extracting(m -> m.department.name).containsExactly("Kirurgi", "Radiologi");
            assertThat(history.get(0).validTo).isEqualTo(today);
            assertThat(history.get(1).validTo).isNull();
            assertThat(employees.findByNumber(run + "C2").orElseThrow().name).isEqualTo("Bo Holm-Jensen");
        });
    }

    @Test
    void badRowsAreListedByLineAndNothingIsImported() {
        long before = employees.count();
        String csv = file(
                row("D1", "Good Person", "Kirurgi", "Randers Klinik", "DK"),
                run + "D2,,No Email,Kirurgi,Randers Klinik " + run + ",DK",
                row("D3", "Wrong Country", "Kirurgi", "Randers Klinik", "FI"),
                row("D1", "Same Number", "Kirurgi", "Randers Klinik", "DK"),
                run + "D5,not-an-email,Bad Email,Kirurgi,Randers Klinik " + run + ",DK",
                run + "D6,too,few,columns");

        as("ada").contentType("text/csv").body(csv)
                .when().post("/api/directory/imports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was imported"))
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(7))
                .body("errors[0].message", containsString("expected 6 columns"));

        String withoutShortRow = csv.substring(0, csv.lastIndexOf(run + "D6"));
        as("ada").contentType("text/csv").body(withoutShortRow)
                .when().post("/api/directory/imports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.line", hasItems(3, 4, 5, 6))
                .body("errors.find { it.line == 3 }.field", equalTo("email"))
                .body("errors.find { it.line == 4 }.field", equalTo("country"))
                .body("errors.find { it.line == 5 }.message", containsString("also on line 2"))
                .body("errors.find { it.line == 6 }.message", containsString("not an email address"));

        assertThat(employees.count()).isEqualTo(before);
        assertThat(employees.findByNumber(run + "D1")).isEmpty();
    }

    @Test
    void missingColumnsAreNamed() {
        as("ada").contentType("text/csv").body("employee_number,email,name\n1,a@b.dk,A\n")
                .when().post("/api/directory/imports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("department", "location", "country"))
                .body("errors[0].line", equalTo(1));
    }

    @Test
    void semicolonSeparatedExportsAreAccepted() {
        // Sent as UTF-8 (REST Assured would send a bare text/csv String as ISO-8859-1, which the import refuses)
        as("ada").contentType("text/csv; charset=UTF-8")
                .body("Employee Number;Email;Name;Department;Location;Country\n"
                        + run + "E1;e1." + run + "@example.com;Eva Ek;Kök;Malmö Klinik " + run + ";se\n")
                .when().post("/api/directory/imports")
                .then().statusCode(200)
                .body("employeesCreated", equalTo(1));
    }

    @Test
    void onlyAdminsImport() {
        as("lars").contentType("text/csv").body(file(row("F1", "X Y", "Kirurgi", "Køge Klinik", "DK")))
                .when().post("/api/directory/imports")
                .then().statusCode(403)
                .contentType("application/problem+json");
        anonymous().contentType("text/csv").body(file(row("F1", "X Y", "Kirurgi", "Køge Klinik", "DK")))
                .when().post("/api/directory/imports")
                .then().statusCode(401);
    }
}
