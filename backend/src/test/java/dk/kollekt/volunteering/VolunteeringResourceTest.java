package dk.kollekt.volunteering;

import dk.kollekt.common.TestData;
import dk.kollekt.common.Tokens;
import dk.kollekt.ledger.Contribution;
import dk.kollekt.ledger.ContributionRepository;
import dk.kollekt.ledger.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static dk.kollekt.common.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class VolunteeringResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    static final Instant SOON = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Inject
    VolunteeringService volunteering;
    @Inject
    ContributionRepository contributions;
    @Inject
    EntityManager em;

    // ---- helpers

    private static long ngoId() {
        return as("emma").get("/api/ngos").then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }

    private static long skill(String name) {
        return as("emma").get("/api/volunteering/skills").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
    }

    private static Map<String, Object> shift(Instant start, int hours, int places) {
        return Map.of("startsAt", start.toString(), "endsAt", start.plus(hours, ChronoUnit.HOURS).toString(),
                "places", places);
    }

    private static Map<String, Object> opportunity(String title, List<Long> skills, List<Map<String, Object>> shifts) {
        Map<String, Object> body = new HashMap<>();
        body.put("ngoId", ngoId());
        body.put("title", title);
        body.put("description", "Teach the surgical candidates");
        body.put("skillIds", skills);
        body.put("placeKind", "NGO_SITE");
        body.put("placeText", "Masanga, Sierra Leone");
        body.put("shifts", shifts);
        return body;
    }

    private static JsonPath post(String user, Map<String, Object> body) {
        return as(user).contentType("application/json").body(body)
                .when().post("/api/volunteering/opportunities")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A fresh opportunity by {@code owner} with one shift of {@code places}; returns {opportunityId, shiftId}. */
    private static long[] oneShift(String owner, String title, int places) {
        JsonPath posted = post(owner, opportunity(title + " " + UUID.randomUUID(), List.of(), List.of(shift(SOON, 4, places))));
        return new long[]{posted.getLong("id"), posted.getLong("shifts[0].id")};
    }

    private static Response signUp(String user, long shiftId) {
        return as(user).when().post("/api/volunteering/shifts/{id}/signup", shiftId);
    }

    private static Map<String, Object> hours(LocalDate date, int minutes, Long opportunityId, Long ngoId) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("minutes", minutes);
        body.put("description", "Taught suturing");
        if (opportunityId != null) {
            body.put("opportunityId", opportunityId);
        }
        if (ngoId != null) {
            body.put("ngoId", ngoId);
        }
        return body;
    }

    private static Response logHours(String user, Map<String, Object> body) {
        return as(user).contentType("application/json").body(body).when().post("/api/volunteering/hours");
    }

    private static long logged(String user, Map<String, Object> body) {
        return logHours(user, body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<Long> generatedEmployees(int count) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT id FROM employee WHERE employee_number LIKE 'E%' ORDER BY id LIMIT " + count)
                .getResultList().stream().map(n -> ((Number) n).longValue()).toList());
    }

    private long colleagueOfLars(long department) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> found = em.createNativeQuery("SELECT id FROM employee WHERE department_id = ?1"
                    + " AND employee_number <> 'D0002' ORDER BY id LIMIT 1").setParameter(1, department).getResultList();
            if (!found.isEmpty()) {
                return ((Number) found.getFirst()).longValue();
            }
            em.createNativeQuery("INSERT INTO employee (employee_number, email, name, department_id, department_since)"
                    + " VALUES ('T-VOL-1', 'vol1@test.kollekt.dk', 'Vera Frivillig', ?1, '2020-01-01')")
                    .setParameter(1, department).executeUpdate();
            long id = ((Number) em.createNativeQuery("SELECT id FROM employee WHERE employee_number = 'T-VOL-1'")
                    .getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO department_membership (employee_id, department_id, valid_from)"
                    + " VALUES (?1, ?2, '2020-01-01')").setParameter(1, id).setParameter(2, department).executeUpdate();
            return id;
        });
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- opportunities and matching

    @Test
    void opportunitiesWantingMoreOfMySkillsComeFirstThenTheSoonest() {
        long surgeon = skill("Orthopaedic surgeon");
        long educator = skill("Nurse educator");
        long manager = skill("Project manager");
        as("emma").contentType("application/json").body(Map.of("skillIds", List.of(surgeon, educator)))
                .when().put("/api/volunteering/my-skills")
                .then().statusCode(200).body("name", contains("Nurse educator", "Orthopaedic surgeon"));

        String tag = UUID.randomUUID().toString().substring(0, 8);
        long none = post("nora", opportunity("No match " + tag, List.of(manager), List.of(shift(SOON, 2, 5)))).getLong("id");
        long one = post("nora", opportunity("One match " + tag, List.of(educator, manager),
                List.of(shift(SOON.plus(2, ChronoUnit.DAYS), 2, 5)))).getLong("id");
        long two = post("ada", opportunity("Two matches " + tag, List.of(surgeon, educator),
                List.of(shift(SOON.plus(5, ChronoUnit.DAYS), 2, 5)))).getLong("id");
        long oneSooner = post("nora", opportunity("One match sooner " + tag, List.of(surgeon),
                List.of(shift(SOON.plus(1, ChronoUnit.DAYS), 2, 5)))).getLong("id");

        JsonPath list = as("emma").when().get("/api/volunteering/opportunities").then().statusCode(200)
                .extract().jsonPath();
        List<Long> order = list.getList("id", Long.class).stream()
                .filter(id -> List.of(none, one, two, oneSooner).contains(id)).toList();
        assertThat(order).containsExactly(two, oneSooner, one, none);
        assertThat(list.getList("find { it.id == " + two + " }.matchedSkills.name", String.class))
                .containsExactly("Nurse educator", "Orthopaedic surgeon");
        assertThat(list.getList("find { it.id == " + none + " }.matchedSkills", Object.class)).isEmpty();

        List<Long> withManager = as("emma").queryParam("skill", manager).when().get("/api/volunteering/opportunities")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertThat(withManager).contains(none, one).doesNotContain(two, oneSooner);
        List<Long> laterDays = as("emma").queryParam("from", LocalDate.ofInstant(SOON, ZoneId.of("Europe/Copenhagen"))
                        .plusDays(4).toString()).when().get("/api/volunteering/opportunities")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertThat(laterDays).contains(two).doesNotContain(none, one, oneSooner);
        as("emma").queryParam("placeKind", "REMOTE").when().get("/api/volunteering/opportunities")
                .then().statusCode(200).body("id", not(hasItem((int) two)));
    }

    @Test
    void onlyNgoStaffAndAdminsPostAndOpportunitiesAreComplete() {
        as("emma").contentType("application/json").body(opportunity("Nope", List.of(), List.of(shift(SOON, 2, 1))))
                .when().post("/api/volunteering/opportunities").then().statusCode(403);
        Map<String, Object> atNoLocation = opportunity("Somewhere", List.of(), List.of(shift(SOON, 2, 1)));
        atNoLocation.put("placeKind", "LOCATION");
        as("nora").contentType("application/json").body(atNoLocation)
                .when().post("/api/volunteering/opportunities").then().statusCode(400)
                .body("errors.field", contains("locationId"));
        Map<String, Object> backwards = opportunity("Backwards", List.of(),
                List.of(Map.of("startsAt", SOON.toString(), "endsAt", SOON.minusSeconds(60).toString(), "places", 1)));
        as("nora").contentType("application/json").body(backwards)
                .when().post("/api/volunteering/opportunities").then().statusCode(400)
                .body("errors.field", contains("shifts[0].endsAt"));
        Map<String, Object> unknownSkill = opportunity("Unknown skill", List.of(999_999L), List.of(shift(SOON, 2, 1)));
        as("nora").contentType("application/json").body(unknownSkill)
                .when().post("/api/volunteering/opportunities").then().statusCode(422)
                .body("errors.field", contains("skillIds"));
        as("nora").contentType("application/json").body(Map.of("name", "Physiotherapist " + UUID.randomUUID()))
                .when().post("/api/volunteering/skills").then().statusCode(201);
        as("ada").contentType("application/json").body(Map.of("name", "Anaesthesia nurse"))
                .when().post("/api/volunteering/skills").then().statusCode(409);
        as("emma").contentType("application/json").body(Map.of("name", "Juggler"))
                .when().post("/api/volunteering/skills").then().statusCode(403);
    }

    // ---- sign-ups

    @Test
    void twentyParallelSignUpsForTheLastPlaceConfirmExactlyOne() throws Exception {
        long[] ids = oneShift("nora", "Relay water station", 2);
        long shift = ids[1];
        signUp("emma", shift).then().statusCode(200).body("status", equalTo("CONFIRMED"));

        List<Long> people = generatedEmployees(20);
        assertThat(people).hasSize(20);
        List<Callable<SignupView>> tasks = people.stream()
                .<Callable<SignupView>>map(p -> () -> volunteering.signUp(shift, p)).toList();
        List<SignupView> results = inParallel(tasks);

        assertThat(results).filteredOn(r -> r.status() == Signup.Status.CONFIRMED).hasSize(1);
        assertThat(results).filteredOn(r -> r.status() == Signup.Status.WAITING).hasSize(19)
                .extracting(SignupView::position).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList());
        // What the database holds: two confirmed places, nineteen in line in the order they came.
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT status, COUNT(*) FROM volunteer_signup WHERE shift_id = ?1 GROUP BY status ORDER BY status")
                .setParameter(1, shift).getResultList());
        assertThat(rows).extracting(r -> ((Object[]) r)[0] + "=" + ((Number) ((Object[]) r)[1]).longValue())
                .containsExactly("CONFIRMED=2", "WAITING=19");
        as("nora").when().get("/api/volunteering/opportunities/{id}", ids[0]).then().statusCode(200)
                .body("shifts[0].confirmed", equalTo(2)).body("shifts[0].waiting", equalTo(19))
                .body("shifts[0].volunteers.findAll { it.status == 'WAITING' }.position",
                        equalTo(java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList()));
    }

    @Test
    void parallelSignUpsOverHttpNeverOverbook() throws Exception {
        long shift = oneShift("nora", "Last place", 1)[1];
        List<String> users = List.of("emma", "lars", "ada");
        List<String> tokens = users.stream().map(Tokens::of).toList();
        List<String> statuses = inParallel(tokens.stream().<Callable<String>>map(t -> () -> withToken(t)
                .when().post("/api/volunteering/shifts/{id}/signup", shift)
                .then().statusCode(200).extract().path("status")).toList());
        assertThat(statuses).containsExactlyInAnyOrder("CONFIRMED", "WAITING", "WAITING");
    }

    @Test
    void theWaitingListMovesUpWhenSomeoneWithdraws() {
        long[] ids = oneShift("nora", "Canteen stand", 1);
        long shift = ids[1];
        signUp("emma", shift).then().statusCode(200).body("status", equalTo("CONFIRMED")).body("position", nullValue());
        signUp("lars", shift).then().statusCode(200).body("status", equalTo("WAITING")).body("position", equalTo(1));
        signUp("ada", shift).then().statusCode(200).body("status", equalTo("WAITING")).body("position", equalTo(2));
        signUp("emma", shift).then().statusCode(409);

        as("emma").when().post("/api/volunteering/shifts/{id}/withdraw", shift)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as("lars").when().get("/api/volunteering/my-shifts").then().statusCode(200)
                .body("find { it.shiftId == " + shift + " }.status", equalTo("CONFIRMED"));
        as("ada").when().get("/api/volunteering/opportunities/{id}", ids[0]).then().statusCode(200)
                .body("shifts[0].myStatus", equalTo("WAITING")).body("shifts[0].myPosition", equalTo(1));
        as("emma").when().post("/api/volunteering/shifts/{id}/withdraw", shift).then().statusCode(404);
        as("emma").when().get("/api/volunteering/my-shifts").then().statusCode(200)
                .body("shiftId", not(hasItem((int) shift)));

        // Who signed up: the owner sees names, colleagues do not.
        as("nora").when().get("/api/volunteering/opportunities/{id}", ids[0]).then().statusCode(200)
                .body("mine", equalTo(true))
                .body("shifts[0].volunteers.name", contains("Lars Nielsen", "Ada Lindqvist"));
        as("emma").when().get("/api/volunteering/opportunities/{id}", ids[0]).then().statusCode(200)
                .body("mine", equalTo(false)).body("shifts[0].volunteers", nullValue());

        // Someone who withdrew and comes back joins the end of the line.
        signUp("emma", shift).then().statusCode(200).body("status", equalTo("WAITING")).body("position", equalTo(2));
        as("nora").when().post("/api/volunteering/shifts/{id}/signup", shift).then().statusCode(403);
    }

    // ---- hours

    @Test
    void hoursArePositiveAtMost24ADayAndNotInTheFuture() {
        long ngo = ngoId();
        LocalDate day = TODAY.minusDays(40);
        logged("emma", hours(day, 600, null, ngo));
        long second = logged("emma", hours(day, 840, null, ngo));
        logHours("emma", hours(day, 1, null, ngo)).then().statusCode(422).body("errors.field", contains("minutes"));
        asSendingInvalid("emma").contentType("application/json").body(hours(day.minusDays(1), 0, null, ngo))
                .when().post("/api/volunteering/hours").then().statusCode(400).body("errors.field", contains("minutes"));
        asSendingInvalid("emma").contentType("application/json").body(hours(day.minusDays(1), 1441, null, ngo))
                .when().post("/api/volunteering/hours").then().statusCode(400).body("errors.field", contains("minutes"));
        logHours("emma", hours(TODAY.plusDays(1), 60, null, ngo)).then().statusCode(400)
                .body("errors.field", contains("date"));
        logHours("emma", hours(day.minusDays(1), 60, null, null)).then().statusCode(400)
                .body("errors.field", contains("opportunityId"));
        logHours("emma", hours(day.minusDays(1), 60, 1L, ngo)).then().statusCode(400)
                .body("errors.field", contains("opportunityId"));
        logHours("emma", hours(day.minusDays(1), 60, null, 999_999L)).then().statusCode(422)
                .body("errors.field", contains("ngoId"));

        // Editable while submitted, within the day's limit, and only by the employee who logged it.
        as("emma").contentType("application/json").body(hours(day, 841, null, ngo))
                .when().put("/api/volunteering/hours/{id}", second).then().statusCode(422);
        as("emma").contentType("application/json").body(hours(day, 800, null, ngo))
                .when().put("/api/volunteering/hours/{id}", second).then().statusCode(200)
                .body("minutes", equalTo(800)).body("status", equalTo("SUBMITTED"));
        as("lars").contentType("application/json").body(hours(day, 10, null, ngo))
                .when().put("/api/volunteering/hours/{id}", second).then().statusCode(404);
        as("emma").when().get("/api/volunteering/my-hours").then().statusCode(200)
                .body("find { it.id == " + second + " }.minutes", equalTo(800));
        as("lars").when().get("/api/volunteering/hours/{id}", second).then().statusCode(404);
    }

    @Test
    void parallelLogsOfOneDayStayWithin24Hours() throws Exception {
        long ngo = ngoId();
        LocalDate day = TODAY.minusDays(41);
        String token = Tokens.of("emma");
        List<Integer> statuses = inParallel(java.util.stream.IntStream.range(0, 6).<Callable<Integer>>mapToObj(i -> () ->
                withToken(token).contentType("application/json").body(hours(day, 300, null, ngo))
                        .when().post("/api/volunteering/hours").statusCode()).toList());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(4);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(2);
        long minutes = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT SUM(minutes) FROM hour_log h JOIN employee e ON e.id = h.employee_id"
                        + " WHERE e.employee_number = 'D0001' AND h.work_date = ?1").setParameter(1, day)
                .getSingleResult()).longValue());
        assertThat(minutes).isEqualTo(1200);
    }

    @Test
    void leadsApproveTheirDepartmentsHoursAndNgoStaffTheirOpportunitiesHours() {
        long ngo = ngoId();
        LocalDate day = TODAY.minusDays(50);
        long larsDepartment = as("lars").get("/api/me").then().extract().jsonPath().getLong("leads[0].id");

        // Free-form hours of emma (Ortopædkirurgi): not Lars's department, not Nora's opportunity.
        long emmas = logged("emma", hours(day, 120, null, ngo));
        as("lars").when().post("/api/volunteering/hours/{id}/approve", emmas).then().statusCode(404);
        as("nora").when().post("/api/volunteering/hours/{id}/approve", emmas).then().statusCode(404);
        as("emma").when().post("/api/volunteering/hours/{id}/approve", emmas).then().statusCode(403);
        as("lars").when().get("/api/volunteering/approvals").then().statusCode(200).body("id", not(hasItem((int) emmas)));

        // Lars's own hours: he leads the department, but no one approves their own.
        long larsOwn = logged("lars", hours(day, 60, null, ngo));
        as("lars").when().post("/api/volunteering/hours/{id}/approve", larsOwn).then().statusCode(403);
        as("lars").when().get("/api/volunteering/approvals").then().statusCode(200).body("id", not(hasItem((int) larsOwn)));

        // A colleague in Lars's department: Lars approves.
        long colleague = colleagueOfLars(larsDepartment);
        long theirs = volunteering.log(colleague, new HourRequest(day, 90, "Event helper", null, ngo)).id();
        as("lars").when().get("/api/volunteering/approvals").then().statusCode(200)
                .body("find { it.id == " + theirs + " }.department.id", equalTo((int) larsDepartment));
        long before = volunteering.approvedMinutesByDepartment(day, day).getOrDefault(larsDepartment, 0L);
        as("lars").when().post("/api/volunteering/hours/{id}/approve", theirs).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        assertThat(volunteering.approvedMinutesByDepartment(day, day).get(larsDepartment)).isEqualTo(before + 90);

        // Hours for Nora's opportunity: Nora approves; for Ada's opportunity Nora sees nothing.
        long noras = oneShift("nora", "Teaching day", 3)[0];
        long adas = oneShift("ada", "Company event", 3)[0];
        long forNora = logged("emma", hours(day, 180, noras, null));
        long forAda = logged("emma", hours(day, 30, adas, null));
        as("nora").when().get("/api/volunteering/approvals").then().statusCode(200)
                .body("id", hasItem((int) forNora)).body("id", not(hasItem((int) forAda)))
                .body("find { it.id == " + forNora + " }.employee", equalTo("Emma Hansen"));
        as("nora").when().post("/api/volunteering/hours/{id}/approve", forAda).then().statusCode(404);
        long ngoBefore = volunteering.approvedMinutesByNgo(day, day).getOrDefault(ngo, 0L);
        as("nora").when().post("/api/volunteering/hours/{id}/approve", forNora).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        assertThat(volunteering.approvedMinutesByNgo(day, day).get(ngo)).isEqualTo(ngoBefore + 180);

        // Rejection needs a reason; decided hours are final.
        asSendingInvalid("ada").contentType("application/json").body(Map.of())
                .when().post("/api/volunteering/hours/{id}/reject", forAda).then().statusCode(400)
                .body("errors.field", contains("reason"));
        as("ada").contentType("application/json").body(Map.of("reason", "Not on the day of the event"))
                .when().post("/api/volunteering/hours/{id}/reject", forAda).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reason", equalTo("Not on the day of the event"));
        as("emma").contentType("application/json").body(hours(day, 30, adas, null))
                .when().put("/api/volunteering/hours/{id}", forAda).then().statusCode(409);
        as("emma").contentType("application/json").body(hours(day, 30, noras, null))
                .when().put("/api/volunteering/hours/{id}", forNora).then().statusCode(409);
        as("nora").when().post("/api/volunteering/hours/{id}/approve", forNora).then().statusCode(409);
        as("emma").when().get("/api/volunteering/my-hours").then().statusCode(200)
                .body("find { it.id == " + forAda + " }.status", equalTo("REJECTED"))
                .body("find { it.id == " + forNora + " }.opportunity.id", equalTo((int) noras));
    }

    // ---- grant

    private List<Contribution> grantsOf(long hourLogId) {
        return QuarkusTransaction.requiringNew().call(() -> contributions.list("origin", "volunteer-grant:" + hourLogId));
    }

    private static void grantPolicy(boolean enabled, long rateMinor) {
        Map<String, Object> body = new HashMap<>();
        body.put("enabled", enabled);
        body.put("rateMinor", rateMinor);
        body.put("projectPostId", TestData.postId("Kirurgisk uddannelse"));
        as("ada").contentType("application/json").body(body)
                .when().put("/api/volunteering/grant-policies/DK").then().statusCode(200)
                .body("enabled", equalTo(enabled)).body("currency", equalTo("DKK"));
    }

    @Test
    void eachApprovalWritesTheGrantExactlyOnceForTheDepartment() throws Exception {
        long ngo = ngoId();
        long emmasDepartment = as("emma").get("/api/me").then().extract().jsonPath().getLong("department.id");
        long opportunity = oneShift("nora", "Surgical skills week", 2)[0];
        LocalDate day = TODAY.minusDays(60);

        long offLog = logged("emma", hours(day, 60, opportunity, null));
        as("nora").when().post("/api/volunteering/hours/{id}/approve", offLog).then().statusCode(200)
                .body("contributionId", nullValue());
        assertThat(grantsOf(offLog)).isEmpty();

        as("lars").when().get("/api/volunteering/grant-policies").then().statusCode(403);
        as("ada").contentType("application/json").body(Map.of("enabled", true, "rateMinor", 5000))
                .when().put("/api/volunteering/grant-policies/DK").then().statusCode(400)
                .body("errors.field", contains("projectPostId"));
        grantPolicy(true, 5000);
        try {
            long log = logged("emma", hours(day, 100, opportunity, null));
            String nora = Tokens.of("nora");
            String ada = Tokens.of("ada");
            List<Integer> statuses = inParallel(java.util.stream.IntStream.range(0, 6).<Callable<Integer>>mapToObj(i -> () ->
                    withToken(i % 2 == 0 ? nora : ada).when().post("/api/volunteering/hours/{id}/approve", log)
                            .statusCode()).toList());
            assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s == 409).hasSize(5);

            List<Contribution> grants = grantsOf(log);
            assertThat(grants).hasSize(1);
            Contribution grant = grants.getFirst();
            // 50.00 kr per hour × 100 minutes = 83.333… kr, rounded half up to whole øre.
            assertThat(grant.amountMinor).isEqualTo(8333);
            assertThat(grant.currency).isEqualTo("DKK");
            assertThat(grant.source).isEqualTo(Source.VOLUNTEER_GRANT);
            assertThat(grant.giverEmployeeId).isNull();
            assertThat(grant.departmentId).isEqualTo(emmasDepartment);
            assertThat(grant.projectPostId).isEqualTo(TestData.postId("Kirurgisk uddannelse"));
            as("emma").when().get("/api/volunteering/hours/{id}", log).then().statusCode(200)
                    .body("status", equalTo("APPROVED")).body("contributionId", equalTo(grant.id.intValue()));

            long rejected = logged("emma", hours(day, 30, opportunity, null));
            as("nora").contentType("application/json").body(Map.of("reason", "Duplicate"))
                    .when().post("/api/volunteering/hours/{id}/reject", rejected).then().statusCode(200);
            assertThat(grantsOf(rejected)).isEmpty();
        } finally {
            grantPolicy(false, 0);
        }
        as("ada").when().get("/api/volunteering/grant-policies").then().statusCode(200)
                .body("countryCode", contains("DK", "NO", "SE"))
                .body("find { it.countryCode == 'NO' }.currency", equalTo("NOK"));
    }

    // ---- calendar

    @Test
    void myConfirmedShiftsDownloadAsAValidCalendar() throws Exception {
        String title = "Sutur-kursus, dag 1; Masanga " + UUID.randomUUID();
        Map<String, Object> body = opportunity(title, List.of(), List.of(shift(SOON.plus(7, ChronoUnit.DAYS), 6, 1),
                shift(SOON.plus(8, ChronoUnit.DAYS), 6, 1)));
        body.put("description", "Kirurger underviser kandidaterne i suturteknik.\nMedbring kittel, handsker og "
                + "godt humør — æøå ÆØÅ, og husk pas; visum ordnes af NGO'en. " + "Lang tekst ".repeat(12));
        JsonPath posted = post("nora", body);
        long first = posted.getLong("shifts[0].id");
        long second = posted.getLong("shifts[1].id");
        signUp("emma", first).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        signUp("lars", second).then().statusCode(200);
        signUp("emma", second).then().statusCode(200).body("status", equalTo("WAITING"));

        Response response = as("emma").when().get("/api/volunteering/my-shifts.ics");
        response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"));
        byte[] bytes = response.asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<VEvent> mine = events.stream().filter(e -> e.getSummary().getValue().equals(title)).toList();
        assertThat(mine).hasSize(1);
        VEvent event = mine.getFirst();
        assertThat(event.getProperty("UID").orElseThrow().getValue()).contains("shift-" + first);
        assertThat(event.getLocation().getValue()).isEqualTo("Masanga, Sierra Leone");
        assertThat(event.getDescription().getValue()).isEqualTo(((String) body.get("description")).strip());
        Instant start = Instant.from(event.getStartDate().orElseThrow().getDate());
        assertThat(start).isEqualTo(SOON.plus(7, ChronoUnit.DAYS));
        Instant end = Instant.from(event.getEndDate().orElseThrow().getDate());
        assertThat(end).isEqualTo(SOON.plus(7, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS));
    }
}
