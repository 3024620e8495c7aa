package dk.kollekt.reporting;

import dk.kollekt.common.PackagedApp;
import dk.kollekt.devstack.EmbeddedMariaDb;
import dk.kollekt.devstack.LocalKeycloak;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-million-row export through a small heap: the packaged application runs with -Xmx128m on a database holding
 * a million generated contributions (bulk SQL from MariaDB's sequence engine), and the contributions export of the
 * whole period arrives complete, every row, while the server stays up. The 1M-row CSV is about 150 MB, so an export
 * that held its rows would not fit. Time and peak resident memory are written to target/export-memory.txt.
 */
class ExportMemoryIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final int ROWS = Integer.getInteger("export.rows", 1_000_000);
    static PackagedApp app;
    static String url;
    static String realm;
    static String database;

    @BeforeAll
    static void startWithAMillionContributions() throws Exception {
        Path home = ROOT.resolve(".kollekt");
        // One embedded server per JVM, shared by the ITs; this one's rows are all of 2025, theirs of today.
        database = EmbeddedMariaDb.ensureStarted(home.resolve("mariadb-it"));
        LocalKeycloak keycloak = LocalKeycloak.ensureStarted(home, ROOT);
        keycloak.awaitReady();
        realm = keycloak.baseUrl() + "/realms/kollekt";
        // A small company (the tests' shape): the rows, not the directory, are what the heap must survive.
        app = PackagedApp.start("export", database, realm, "128m", Map.of("KOLLEKT_DEMO_LOCATIONS", "9",
                "KOLLEKT_DEMO_DEPARTMENTS", "30", "KOLLEKT_DEMO_EMPLOYEES", "200"));
        url = app.url;
        generate();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
    }

    /** A million contributions of 2025 (none yet there), by SQL: the ledger's rules are not what is tested here. */
    static void generate() throws Exception {
        try (Connection c = DriverManager.getConnection(database, "root", "");
             Statement s = c.createStatement()) {
            s.execute("DELETE FROM contribution WHERE origin LIKE 'bulk:%'");
            long firstEmployee = single(s, "SELECT MIN(id) FROM employee");
            long employees = single(s, "SELECT COUNT(*) FROM employee");
            long post = single(s, "SELECT MIN(id) FROM project_post");
            s.execute("INSERT INTO contribution (source, amount_minor, currency, reporting_amount_minor,"
                    + " reporting_currency, exchange_rate, rate_date, giver_employee_id, anonymous, department_id,"
                    + " location_id, country_code, project_post_id, status, message, origin, payment_reference,"
                    + " created_at, status_changed_at)"
                    + " SELECT ELT(1 + q.seq % 3, 'DONATION', 'SPONSORSHIP', 'DEPARTMENT_COLLECTION'),"
                    + " 100 + q.seq % 50000, 'DKK', 100 + q.seq % 50000, 'DKK', 1, '2025-01-01', e.id, FALSE,"
                    + " e.department_id, d.location_id, l.country_code, " + post + ","
                    + " IF(q.seq % 4 = 0, 'COLLECTED', 'PLEDGED'), 'generated, with a comma', CONCAT('bulk:', q.seq),"
                    + " CONCAT('B', q.seq), TIMESTAMP('2025-01-01 00:00:00') + INTERVAL (q.seq % 525000) MINUTE,"
                    + " TIMESTAMP('2025-01-01 00:00:00') + INTERVAL (q.seq % 525000) MINUTE"
                    + " FROM seq_1_to_" + ROWS + " q"
                    + " JOIN employee e ON e.id = " + firstEmployee + " + q.seq % " + employees
                    + " JOIN department d ON d.id = e.department_id JOIN location l ON l.id = d.location_id");
            assertThat(single(s, "SELECT COUNT(*) FROM contribution WHERE origin LIKE 'bulk:%'")).isEqualTo(ROWS);
        }
    }

    @Test
    void aMillionRowExportStreamsThroughA128MbHeap() throws Exception {
        String token = PackagedApp.token(realm, "nora");
        HttpClient client = HttpClient.newHttpClient();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                        URI.create(url + "/api/reports/contributions.csv?from=2025-01-01&to=2025-12-31"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long lines = 0;
        long bytes = 0;
        String last = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                bytes += line.length() + 1;
                last = line;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Files.writeString(Path.of("target", "export-memory.txt"), "csv rows=" + (lines - 1) + " bytes=" + bytes
                + " seconds=" + took.toMillis() / 1000.0 + " heap=-Xmx128m peak-rss " + app.peakResidentMemory() + "\n");

        assertThat(lines).as("a header and every row").isEqualTo(ROWS + 1L);
        // Messages (free text a giver wrote) and origins are not exported; the giver is a pseudonym.
        // No one in the generated company chose to show their name: the name column stays empty.
        assertThat(last).doesNotContain("generated").doesNotContain("bulk:").matches(".*,p-[0-9a-f]{16},");
        assertThat(app.isAlive()).isTrue();
    }

    @Test
    void aMillionRowWorkbookStreamsThroughA128MbHeap() throws Exception {
        String token = PackagedApp.token(realm, "nora");
        HttpClient client = HttpClient.newHttpClient();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                        URI.create(url + "/api/reports/contributions.xlsx?from=2025-01-01&to=2025-12-31"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long rows = 0;
        long sum = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(response.body());
             var sheetRows = workbook.getFirstSheet().openStream()) {
            for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) sheetRows::iterator) {
                if (row.getRowNum() > 1) {
                    rows++;
                    sum += row.getCellAsNumber(7).orElseThrow().longValueExact();
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Files.writeString(Path.of("target", "export-memory.txt"), "xlsx rows=" + rows + " seconds="
                + took.toMillis() / 1000.0 + " heap=-Xmx128m peak-rss " + app.peakResidentMemory() + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        assertThat(rows).as("every row on the one sheet").isEqualTo(ROWS);
        try (Connection c = DriverManager.getConnection(database, "root", ""); Statement s = c.createStatement()) {
            assertThat(sum).isEqualTo(single(s, "SELECT SUM(reporting_amount_minor) FROM contribution"
                    + " WHERE status <> 'CANCELLED' AND created_at >= '2024-12-31 23:00:00'"
                    + " AND created_at < '2025-12-31 23:00:00'"));
        }
        assertThat(app.isAlive()).isTrue();
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
