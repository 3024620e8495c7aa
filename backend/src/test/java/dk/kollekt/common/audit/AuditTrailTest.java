package dk.kollekt.common.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatabaseKeepsTheAuditTrailAppendOnlyWhoeverIsConnected() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_record (occurred_at, actor, action, entity_type, entity_id, after_state)"
                    + " VALUES (UTC_TIMESTAMP(6), 'test', 'probe', 'audit-trail-test', 1, '{}')");
            long id;
            try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM audit_record WHERE entity_type = 'audit-trail-test'")) {
                rs.next();
                id = rs.getLong(1);
            }
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_record SET actor = 'someone else' WHERE id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_record WHERE id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            try (ResultSet rs = s.executeQuery("SELECT actor FROM audit_record WHERE id = " + id)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("test");
            }
        }
    }
}
