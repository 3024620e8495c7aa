package dk.kollekt.reporting;

import dk.kollekt.common.Money;
import dk.kollekt.common.TestData;
import dk.kollekt.ledger.ContributionStatus;
import dk.kollekt.ledger.ExchangeRateService;
import dk.kollekt.ledger.LedgerFixtures;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.NewContribution;
import dk.kollekt.ledger.Source;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NGO's dashboard and exports against the ledger itself: over generated contributions on random days (company
 * money without a department among them, some cancelled, some collected), every grouping and every time bucket of
 * the dashboard equals the sums over the contributions, pledged and collected apart; the raised figures per
 * department equal the department board; NGO staff see counts and sums, never a person.
 */
@QuarkusTest
class ReportingResourceTest {

    static final int YEAR = 2023;

    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;
    @Inject
    EntityManager em;
    @Inject
    ExchangeRateService rates;

    private static boolean generated;

    @BeforeEach
    void generateOnce() {
        if (generated) {
            return;
        }
        generated = true;
        rates.set("NOK", LocalDate.of(YEAR, 1, 1), new BigDecimal("0.7000"));
        rates.set("SEK", LocalDate.of(YEAR, 1, 1), new BigDecimal("0.6500"));
        Random random = new Random(7_2023);
        List<DepartmentPlace> departments = organisation.departmentPlaces();
        long[] posts = {TestData.postId("Hospitalet"), TestData.postId("Kirurgisk uddannelse"),
                TestData.postId("Sygeplejeskolen")};
        Source[] sources = Source.values();
        String[] currencies = {"DKK", "NOK", "SEK"};
        List<Long> ids = new ArrayList<>();
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        for (int i = 0; i < 500; i++) {
            Source source = sources[random.nextInt(sources.length)];
            DepartmentPlace where = departments.get(random.nextInt(departments.size()));
            NewContribution.Giver giver = switch (source) {
                case CORPORATE_DONATION -> null;
                case DONATION, SPONSORSHIP -> new NewContribution.Giver(44L + random.nextInt(30), where.id(),
                        where.locationId(), where.countryCode());
                default -> NewContribution.Giver.department(where.id(), where.locationId(), where.countryCode());
            };
            Instant at = first.plusDays(random.nextInt(365)).atTime(random.nextInt(24), random.nextInt(60))
                    .atZone(LedgerService.ZONE).toInstant();
            ids.add(LedgerFixtures.recordAt(ledger, new NewContribution(source,
                    Money.of(1 + random.nextInt(900_000), currencies[random.nextInt(3)]), giver, random.nextBoolean(),
                    posts[random.nextInt(posts.length)], "generated", null), at).id());
        }
        for (long id : ids) {
            // Every employee pledge ends collected or cancelled: payroll never sees these.
            if (random.nextInt(3) == 0) {
                ledger.cancel(id, "generated: cancelled");
            } else {
                ledger.collect(id, "generated: collected");
            }
        }
        // A few stay pledged (company money only), so pledged and collected differ.
        for (int i = 0; i < 20; i++) {
            DepartmentPlace where = departments.get(random.nextInt(departments.size()));
            LedgerFixtures.recordAt(ledger, new NewContribution(Source.SHIRT_PRINT, Money.of(5000, "DKK"),
                    NewContribution.Giver.department(where.id(), where.locationId(), where.countryCode()), false,
                    posts[0], "shirt", null), first.plusDays(random.nextInt(365)).atTime(12, 0)
                    .atZone(LedgerService.ZONE).toInstant());
        }
    }

    private JsonPath dashboard(String user, Map<String, ?> params) {
        return as(user).queryParams(params).get("/api/reports/dashboard").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyGroupingEqualsTheLedgerSumsForRandomPeriods() {
        Random random = new Random(11);
        for (int round = 0; round < 6; round++) {
            LocalDate from = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(300));
            LocalDate to = from.plusDays(random.nextInt(400));
            String granularity = List.of("DAY", "WEEK", "MONTH").get(round % 3);
            JsonPath d = dashboard("nora", Map.of("from", from.toString(), "to", to.toString(),
                    "granularity", granularity));
            List<Object[]> truth = ledgerRows(from, to, "");
            String at = from + ".." + to;
            assertThat(rows(d, "byProjectPost")).as("posts " + at).isEqualTo(sums(truth, r -> String.valueOf(r[0])));
            assertThat(rows(d, "bySource")).as("sources " + at).isEqualTo(sums(truth, r -> r[1].toString()));
            assertThat(rows(d, "byDepartment")).as("departments " + at).isEqualTo(sums(truth, r -> key(r[2])));
            assertThat(rows(d, "byLocation")).as("locations " + at).isEqualTo(sums(truth, r -> key(r[3])));
            assertThat(rows(d, "byCountry")).as("countries " + at).isEqualTo(sums(truth, r -> key(r[4])));
            assertThat(rows(d, "total")).isEqualTo(sums(truth, r -> "ALL"));
            Function<LocalDate, LocalDate> bucket = switch (granularity) {
                case "DAY" -> day -> day;
                case "WEEK" -> day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                default -> day -> day.withDayOfMonth(1);
            };
            Map<String, List<Long>> series = new TreeMap<>();
            for (Map<String, Object> p : d.<Map<String, Object>>getList("series")) {
                if (((Number) p.get("contributions")).longValue() != 0) {
                    series.put((String) p.get("start"), List.of(((Number) p.get("pledgedMinor")).longValue(),
                            ((Number) p.get("collectedMinor")).longValue(), ((Number) p.get("contributions")).longValue(),
                            0L, 0L));
                }
            }
            Map<String, List<Long>> expected = new TreeMap<>();
            sums(truth, r -> bucket.apply((LocalDate) r[6]).toString()).forEach((k, v) ->
                    expected.put(k, List.of(v.get(0), v.get(1), v.get(2), 0L, 0L)));
            assertThat(series).as("series " + granularity + " " + at).isEqualTo(expected);
            assertThat(d.getLong("shirtsPrinted")).isEqualTo(truth.stream()
                    .filter(r -> r[1] == Source.SHIRT_PRINT).count());
        }
    }

    @Test
    void filtersNarrowEveryFigureAlike() {
        long department = ledgerRows(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), "").stream()
                .filter(r -> r[2] != null).map(r -> (Long) r[2]).findFirst().orElseThrow();
        LocalDate from = LocalDate.of(YEAR, 2, 10);
        LocalDate to = LocalDate.of(YEAR, 11, 20);
        JsonPath d = as("ada").queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("departmentId", department).queryParam("source", "DONATION")
                .queryParam("source", "SPONSORSHIP").get("/api/reports/dashboard").then().statusCode(200)
                .extract().jsonPath();
        List<Object[]> truth = ledgerRows(from, to, "").stream()
                .filter(r -> Long.valueOf(department).equals(r[2]))
                .filter(r -> r[1] == Source.DONATION || r[1] == Source.SPONSORSHIP).toList();
        assertThat(rows(d, "total")).isEqualTo(sums(truth, r -> "ALL"));
        assertThat(rows(d, "bySource")).isEqualTo(sums(truth, r -> r[1].toString()));
    }

    @Test
    void raisedByDepartmentEqualsTheDepartmentBoardForThePeriod() throws InterruptedException {
        LocalDate from = LocalDate.of(YEAR, 3, 17);
        LocalDate to = LocalDate.of(YEAR, 10, 9);
        JsonPath d = dashboard("nora", Map.of("from", from.toString(), "to", to.toString()));
        for (String metric : List.of("MONEY_PLEDGED", "MONEY_COLLECTED")) {
            // Boards are shared and may be served up to two seconds old: read one computed after the dashboard.
            java.time.Instant asked = java.time.Instant.now();
            JsonPath board = null;
            for (int i = 0; i < 40 && (board == null
                    || !java.time.Instant.parse(board.getString("computedAt")).isAfter(asked)); i++) {
                Thread.sleep(i == 0 ? 0 : 250);
                board = as("nora").queryParam("level", "DEPARTMENT").queryParam("metric", metric)
                        .queryParam("period", "CUSTOM").queryParam("from", from.toString())
                        .queryParam("to", to.toString()).queryParam("limit", 200).get("/api/boards")
                        .then().statusCode(200).extract().jsonPath();
            }
            Map<String, Long> onBoard = new HashMap<>();
            for (Map<String, Object> row : board.<Map<String, Object>>getList("rows")) {
                long total = ((Number) row.get("total")).longValue();
                if (total != 0) {
                    onBoard.put((String) row.get("id"), total);
                }
            }
            String field = metric.equals("MONEY_PLEDGED") ? "raisedPledgedMinor" : "raisedCollectedMinor";
            Map<String, Long> onDashboard = new HashMap<>();
            for (Map<String, Object> row : d.<Map<String, Object>>getList("byDepartment")) {
                long raised = ((Number) row.get(field)).longValue();
                if (raised != 0 && !"NONE".equals(row.get("key"))) {
                    onDashboard.put((String) row.get("key"), raised);
                }
            }
            assertThat(onDashboard).as(metric).isNotEmpty().isEqualTo(onBoard);
        }
        assertThat(d.getList("raisedSources")).containsExactlyInAnyOrderElementsOf(
                Source.RAISED.stream().map(Enum::name).toList());
    }

    @Test
    void ngoStaffSeeSumsAndPseudonymsNeverAPerson() throws Exception {
        JsonPath emma = as("emma").get("/api/me").then().statusCode(200).extract().jsonPath();
        String emmaName = emma.getString("name");
        String emmaNumber = emma.getString("employeeNumber");
        // Emma gives today, so she is in today's dashboard and export.
        as("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 4242))
                .post("/api/donations").then().statusCode(201);
        String today = LocalDate.now(LedgerService.ZONE).toString();

        String body = as("nora").queryParam("from", today).queryParam("to", today).get("/api/reports/dashboard")
                .then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain(emmaName).doesNotContain("employee").doesNotContain("email");

        String csv = as("nora").queryParam("from", today).queryParam("to", today).get("/api/reports/contributions.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<Map<String, String>> rows = csvRows(csv);
        assertThat(csv.lines().findFirst()).contains(String.join(",", ExportService.CONTRIBUTION_HEADER));
        assertThat(csv).doesNotContain(emmaName);
        Map<String, String> emmasRow = rows.stream().filter(r -> r.get("amount_minor").equals("4242")).findFirst()
                .orElseThrow();
        assertThat(emmasRow.get("giver")).matches("p-[0-9a-f]{16}").doesNotContain(emmaNumber);
        assertThat(emmasRow.get("giver_name")).isEmpty();
        assertThat(csv).doesNotContain(emmaNumber);

        as("emma").get("/api/reports/dashboard").then().statusCode(403);
        as("lars").get("/api/reports/contributions.csv").then().statusCode(403);
        as("emma").get("/api/reports/totals.csv").then().statusCode(403);
        as("lars").get("/api/reports/contributions.xlsx").then().statusCode(403);
        as("emma").get("/api/reports/totals.xlsx").then().statusCode(403);
    }

    @Test
    void exportsNameOnlyThoseWhoChoseToShowTheirNameAndNeverOnAnAnonymousGift() throws Exception {
        String larsName = as("lars").get("/api/me").then().statusCode(200).extract().jsonPath().getString("name");
        String today = LocalDate.now(LedgerService.ZONE).toString();
        showName("lars", true);
        try {
            give("lars", 1111, false);
            give("lars", 2222, true);
            give("emma", 3333, false);
            String csv = as("nora").queryParam("from", today).queryParam("to", today)
                    .get("/api/reports/contributions.csv").then().statusCode(200).extract().asString();
            List<Map<String, String>> rows = csvRows(csv);
            Map<String, String> named = row(rows, "1111");
            Map<String, String> anonymous = row(rows, "2222");
            Map<String, String> emmas = row(rows, "3333");
            assertThat(named.get("giver_name")).isEqualTo(larsName);
            assertThat(named.get("giver")).matches("p-[0-9a-f]{16}");
            assertThat(anonymous.get("giver")).isEqualTo("anonymous");
            assertThat(anonymous.get("giver_name")).isEmpty();
            assertThat(emmas.get("giver_name")).isEmpty();
            // The anonymous gift cannot be tied to Lars through his pseudonym either.
            assertThat(rows.stream().filter(r -> r.get("giver").equals(named.get("giver"))))
                    .noneMatch(r -> r.get("amount_minor").equals("2222"));

            // The workbook holds the very same rows, with numbers as numbers.
            List<List<String>> sheet = xlsxRows(as("nora").queryParam("from", today).queryParam("to", today)
                    .get("/api/reports/contributions.xlsx").then().statusCode(200)
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"contributions.xlsx\"")
                    .extract().asInputStream());
            assertThat(sheet.getFirst()).containsExactly(ExportService.CONTRIBUTION_HEADER);
            assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.get(0)).toList())
                    .isEqualTo(rows.stream().map(r -> r.get("id")).toList());
            List<String> larsRow = sheet.stream().filter(r -> r.get(5).equals("1111")).findFirst().orElseThrow();
            assertThat(larsRow.get(16)).isEqualTo(named.get("giver"));
            assertThat(larsRow.get(17)).isEqualTo(larsName);
        } finally {
            showName("lars", false);
        }
        String after = as("nora").queryParam("from", today).queryParam("to", today)
                .get("/api/reports/contributions.csv").then().statusCode(200).extract().asString();
        assertThat(after).doesNotContain(larsName);
    }

    private static void give(String user, long amountMinor, boolean anonymous) {
        as(user).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", amountMinor,
                        "anonymous", anonymous))
                .post("/api/donations").then().statusCode(201);
    }

    private static void showName(String user, boolean shown) {
        as(user).contentType("application/json").body(Map.of("shownOnBoards", shown))
                .put("/api/me/preferences").then().statusCode(200);
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String amountMinor) {
        List<Map<String, String>> found = rows.stream().filter(r -> r.get("amount_minor").equals(amountMinor)).toList();
        assertThat(found).as("rows of %s", amountMinor).hasSize(1);
        return found.getFirst();
    }

    private static List<Map<String, String>> csvRows(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().get())) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    /** Every row of every sheet, each cell as its text (numbers without decimals, as the CSV writes them). */
    static List<List<String>> xlsxRows(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (var sheetRows = sheet.openStream()) {
                    sheetRows.forEach(r -> {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < r.getCellCount(); c++) {
                            Cell cell = r.getCell(c);
                            cells.add(cell == null ? "" : cell.getType() == CellType.NUMBER
                                    ? cell.asNumber().stripTrailingZeros().toPlainString() : cell.getRawValue());
                        }
                        rows.add(cells);
                    });
                }
            }
        }
        return rows;
    }

    @Test
    void exportsCarryTheDashboardsFiguresAndEveryContributionBehindThem() throws Exception {
        LocalDate from = LocalDate.of(YEAR, 4, 1);
        LocalDate to = LocalDate.of(YEAR, 9, 30);
        JsonPath d = dashboard("ada", Map.of("from", from.toString(), "to", to.toString()));
        String totals = as("ada").queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("by", "DEPARTMENT").get("/api/reports/totals.csv").then().statusCode(200)
                .extract().asString();
        Map<String, List<Long>> fromCsv = new TreeMap<>();
        totals.lines().skip(1).forEach(line -> {
            String[] f = line.split(",", -1);
            int n = f.length;
            fromCsv.put(f[0], List.of(Long.parseLong(f[n - 6]), Long.parseLong(f[n - 5]), Long.parseLong(f[n - 4]),
                    Long.parseLong(f[n - 3]), Long.parseLong(f[n - 2])));
        });
        assertThat(fromCsv).isEqualTo(rowsWithRaised(d, "byDepartment"));
        InputStream workbook = as("ada").queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("by", "DEPARTMENT").get("/api/reports/totals.xlsx").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"totals-department.xlsx\"")
                .extract().asInputStream();
        List<List<String>> csvLines;
        try (CSVParser parser = CSVParser.parse(totals, CSVFormat.RFC4180)) {
            csvLines = parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
        assertThat(xlsxRows(workbook)).isEqualTo(csvLines);

        InputStream in = as("ada").queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/reports/contributions.csv").then().statusCode(200).extract().asInputStream();
        long lines = 0;
        long sum = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                sum += Long.parseLong(line.split(",")[7]);
            }
        }
        assertThat(lines).isEqualTo(d.getLong("total.contributions"));
        assertThat(sum).isEqualTo(d.getLong("total.pledgedMinor"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsABadRequest() {
        asSendingInvalid("nora").queryParam("from", "2026-05-02").queryParam("to", "2026-05-01")
                .get("/api/reports/dashboard").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String key(Object value) {
        return value == null ? "NONE" : value.toString();
    }

    /** [post, source, department, location, country, status, local day, reporting amount] of contributions. */
    private List<Object[]> ledgerRows(LocalDate from, LocalDate to, String extra) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select c.projectPostId, c.source, c.departmentId, c.locationId, c.countryCode, c.status,"
                                + " c.createdAt, c.reportingAmountMinor from Contribution c where c.status <> ?1"
                                + " and c.createdAt >= ?2 and c.createdAt < ?3" + extra, Object[].class)
                .setParameter(1, ContributionStatus.CANCELLED)
                .setParameter(2, from.atStartOfDay(LedgerService.ZONE).toInstant())
                .setParameter(3, to.plusDays(1).atStartOfDay(LedgerService.ZONE).toInstant()).getResultList());
        rows.forEach(r -> r[6] = ((Instant) r[6]).atZone(LedgerService.ZONE).toLocalDate());
        return rows;
    }

    /** Pledged, collected, count, raised pledged, raised collected per key. */
    private static Map<String, List<Long>> sums(List<Object[]> rows, Function<Object[], String> key) {
        Map<String, long[]> acc = new TreeMap<>();
        for (Object[] r : rows) {
            long amount = ((Number) r[7]).longValue();
            long collected = r[5] == ContributionStatus.COLLECTED ? amount : 0;
            boolean raised = Source.RAISED.contains((Source) r[1]);
            long[] a = acc.computeIfAbsent(key.apply(r), k -> new long[5]);
            a[0] += amount;
            a[1] += collected;
            a[2]++;
            a[3] += raised ? amount : 0;
            a[4] += raised ? collected : 0;
        }
        Map<String, List<Long>> out = new TreeMap<>();
        acc.forEach((k, a) -> out.put(k, List.of(a[0], a[1], a[2], a[3], a[4])));
        return out;
    }

    private static Map<String, List<Long>> rows(JsonPath d, String path) {
        if (path.equals("total")) {
            Map<String, Object> t = d.getMap("total");
            return t == null || ((Number) t.get("contributions")).longValue() == 0 ? Map.of() : Map.of("ALL", values(t));
        }
        return rowsWithRaised(d, path);
    }

    private static Map<String, List<Long>> rowsWithRaised(JsonPath d, String path) {
        Map<String, List<Long>> out = new TreeMap<>();
        for (Map<String, Object> r : d.<Map<String, Object>>getList(path)) {
            out.put((String) r.get("key"), values(r));
        }
        return out;
    }

    private static List<Long> values(Map<String, Object> r) {
        return List.of(((Number) r.get("pledgedMinor")).longValue(), ((Number) r.get("collectedMinor")).longValue(),
                ((Number) r.get("contributions")).longValue(), ((Number) r.get("raisedPledgedMinor")).longValue(),
                ((Number) r.get("raisedCollectedMinor")).longValue());
    }
}
