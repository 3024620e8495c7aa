package dk.kollekt.competition;

import dk.kollekt.common.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class CompetitionResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    private JsonPath me(String user) {
        return as(user).get("/api/me").then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> competition(LocalDate start, LocalDate end, String scope, List<String> ids) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Stafet-dysten", "startsOn", start.toString(),
                "endsOn", end.toString(), "scope", scope, "scopeIds", ids, "metric", "MONEY_PLEDGED",
                "ranking", "PER_EMPLOYEE"));
        body.put("description", "Hvem samler mest pr. medarbejder?");
        return body;
    }

    private long create(String user, Map<String, Object> body) {
        return as(user).contentType("application/json").body(body).when().post("/api/competitions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void homeShowsMyDepartmentsPlaceInEachRunningCompetitionItTakesPartIn() {
        String lars = me("lars").getString("department.id");
        String emma = me("emma").getString("department.id");
        Map<String, Object> both = competition(TODAY, TODAY.plusDays(3), "DEPARTMENTS", List.of(lars, emma));
        both.put("name", "Begge afdelinger " + UUID.randomUUID());
        long running = create("lars", both);
        Map<String, Object> larsOnly = competition(TODAY, TODAY.plusDays(3), "DEPARTMENTS", List.of(lars));
        larsOnly.put("name", "Kun Anæstesi " + UUID.randomUUID());
        long notEmmas = create("lars", larsOnly);
        long later = create("lars", competition(TODAY.plusDays(2), TODAY.plusDays(3), "DEPARTMENTS", List.of(lars, emma)));

        JsonPath standings = as("emma").get("/api/competitions/standings").then().statusCode(200).extract().jsonPath();
        List<Long> ids = standings.getList("competition.id", Long.class);
        assertThat(ids).contains(running).doesNotContain(notEmmas, later);
        String mine = "find { it.competition.id == " + running + " }";
        assertThat(standings.getString(mine + ".mine.id")).isEqualTo(emma);
        assertThat(standings.getBoolean(mine + ".mine.mine")).isTrue();
        assertThat(standings.getInt(mine + ".entries")).isEqualTo(2);
        assertThat(standings.getInt(mine + ".leader.rank")).isEqualTo(1);
        assertThat(standings.getString(mine + ".valueUnit")).isEqualTo("MINOR");
        assertThat(standings.getList("competition.status", String.class)).isSubsetOf("RUNNING", "ENDED");

        as("nora").get("/api/competitions/standings").then().statusCode(403);
    }

    @Test
    void aLeadRunsACompetitionWhoseBoardCountsOnlyItsDepartmentsPerEmployee() throws InterruptedException {
        String lars = me("lars").getString("department.id");
        String emma = me("emma").getString("department.id");
        long id = create("lars", competition(TODAY, TODAY.plusDays(7), "DEPARTMENTS", List.of(lars, emma)));
        as("emma").get("/api/competitions/{id}", id).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("participants", equalTo(2)).body("mine", equalTo(false));
        as("lars").get("/api/competitions/{id}", id).then().body("mine", equalTo(true));

        JsonPath board = as("emma").get("/api/competitions/{id}/board", id).then().statusCode(200)
                .body("rows.id", containsInAnyOrder(lars, emma))
                .body("ranking", equalTo("PER_EMPLOYEE"))
                .body("from", equalTo(TODAY.toString()))
                .extract().jsonPath();
        long before = board.getLong("rows.find { it.id == '" + lars + "' }.total");
        long headcount = board.getLong("rows.find { it.id == '" + lars + "' }.headcount");

        as("lars").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 40000))
                .post("/api/donations").then().statusCode(201);
        JsonPath after = null;
        for (int i = 0; i < 40; i++) {
            after = as("emma").get("/api/competitions/{id}/board", id).then().extract().jsonPath();
            if (after.getLong("rows.find { it.id == '" + lars + "' }.total") == before + 40000) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(after.getLong("rows.find { it.id == '" + lars + "' }.total")).isEqualTo(before + 40000);
        assertThat(after.getLong("rows.find { it.id == '" + lars + "' }.value"))
                .isEqualTo(Math.round((double) (before + 40000) / headcount));
    }

    @Test
    void participantsAreFrozenWhenTheCompetitionStarts() {
        long aarhus = me("emma").getLong("location.id");
        long running = create("lars", competition(TODAY, TODAY.plusDays(3), "LOCATIONS", List.of(String.valueOf(aarhus))));
        long scheduled = create("lars", competition(TODAY.plusDays(1), TODAY.plusDays(3), "LOCATIONS",
                List.of(String.valueOf(aarhus))));
        int frozen = as("emma").get("/api/competitions/{id}", running).then().extract().path("participants");
        int planned = as("emma").get("/api/competitions/{id}", scheduled).then().extract().path("participants");
        assertThat(frozen).isEqualTo(planned);

        // HR opens a new department at the location.
        String run = UUID.randomUUID().toString().substring(0, 8);
        as("ada").contentType("text/csv").body("employee_number,email,name,department,location,country\n"
                        + "F" + run + ",f" + run + "@example.com,Frida Nyholm,Ny afdeling " + run + ",Aarhus Privathospital,DK\n")
                .post("/api/directory/imports").then().statusCode(200).body("departmentsCreated", equalTo(1));

        as("emma").get("/api/competitions/{id}", running).then().body("participants", equalTo(frozen));
        as("emma").get("/api/competitions/{id}", scheduled).then().body("participants", equalTo(planned + 1));
        as("emma").get("/api/competitions/{id}/board", running).then()
                .body("entries", equalTo(frozen))
                .body("rows.name", org.hamcrest.Matchers.not(hasItem("Ny afdeling " + run)));
    }

    @Test
    void beforeTheStartAnythingChangesOnceRunningOnlyDescriptionAndEnd() {
        String lars = me("lars").getString("department.id");
        long scheduled = create("lars", competition(TODAY.plusDays(2), TODAY.plusDays(9), "DEPARTMENTS", List.of(lars)));
        Map<String, Object> renamed = competition(TODAY.plusDays(3), TODAY.plusDays(10), "COUNTRIES", List.of("DK", "SE"));
        renamed.put("name", "Landskampen");
        as("lars").contentType("application/json").body(renamed).when().put("/api/competitions/{id}", scheduled)
                .then().statusCode(200).body("name", equalTo("Landskampen")).body("scope", equalTo("COUNTRIES"));

        long running = create("lars", competition(TODAY, TODAY.plusDays(5), "DEPARTMENTS", List.of(lars)));
        as("lars").contentType("application/json").body(renamed).when().put("/api/competitions/{id}", running)
                .then().statusCode(409).contentType("application/problem+json");
        as("lars").contentType("application/json").body(Map.of("endsOn", TODAY.plusDays(12).toString(),
                        "description", "Forlænget!"))
                .when().patch("/api/competitions/{id}", running)
                .then().statusCode(200).body("endsOn", equalTo(TODAY.plusDays(12).toString()))
                .body("description", equalTo("Forlænget!"));
        as("lars").contentType("application/json").body(Map.of("endsOn", TODAY.minusDays(1).toString()))
                .when().patch("/api/competitions/{id}", running)
                .then().statusCode(400).body("errors[0].field", equalTo("endsOn"));
        as("lars").contentType("application/json").body(Map.of("endsOn", TODAY.toString()))
                .when().patch("/api/competitions/{id}", running)
                .then().statusCode(200).body("endsOn", equalTo(TODAY.toString()));
    }

    @Test
    void leadsManageTheirOwnCompetitionsAndAdminsAll() {
        String lars = me("lars").getString("department.id");
        long adas = create("ada", competition(TODAY, TODAY.plusDays(5), "DEPARTMENTS", List.of(lars)));
        as("lars").contentType("application/json").body(Map.of("reason", "mine now"))
                .when().post("/api/competitions/{id}/cancel", adas).then().statusCode(403);
        as("emma").contentType("application/json")
                .body(competition(TODAY, TODAY.plusDays(5), "DEPARTMENTS", List.of(lars)))
                .when().post("/api/competitions").then().statusCode(403);

        long larses = create("lars", competition(TODAY, TODAY.plusDays(5), "DEPARTMENTS", List.of(lars)));
        as("ada").contentType("application/json").body(Map.of("reason", "Rained off"))
                .when().post("/api/competitions/{id}/cancel", larses)
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancelledReason", equalTo("Rained off"));
        as("lars").contentType("application/json").body(Map.of("reason", "again"))
                .when().post("/api/competitions/{id}/cancel", larses).then().statusCode(409);
        as("nora").get("/api/competitions").then().statusCode(200).body("id", hasItem((int) larses));
    }

    @Test
    void badCompetitionsAreNamedField() {
        as("lars").contentType("application/json")
                .body(competition(TODAY.minusDays(1), TODAY.plusDays(5), "DEPARTMENTS", List.of("1")))
                .when().post("/api/competitions").then().statusCode(400).body("errors.field", hasItem("startsOn"));
        as("lars").contentType("application/json")
                .body(competition(TODAY.plusDays(5), TODAY, "DEPARTMENTS", List.of("1")))
                .when().post("/api/competitions").then().statusCode(400).body("errors.field", hasItem("endsOn"));
        as("lars").contentType("application/json")
                .body(competition(TODAY, TODAY.plusDays(5), "COUNTRIES", List.of("DK", "FI")))
                .when().post("/api/competitions").then().statusCode(422).body("errors.field", hasItem("scopeIds"));
        as("emma").get("/api/competitions/{id}", 987654).then().statusCode(404);
    }
}
