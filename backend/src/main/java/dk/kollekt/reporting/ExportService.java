package dk.kollekt.reporting;

import dk.kollekt.common.KollektConfig;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.Source;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import dk.kollekt.organisation.NamedPerson;
import dk.kollekt.organisation.OrganisationService;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CSV and XLSX exports with the dashboard's filters. The contributions export streams: one forward-only JDBC result
 * read a thousand rows at a time in a read-only transaction, each row written as it comes, so memory stays flat
 * however many rows there are. A giver appears as a pseudonym (an HMAC of their id), and by name too only when they
 * chose to show their name (the one consent to be named, set under "show my name on boards"); an anonymous gift
 * shows neither, so it cannot be linked to its giver's other gifts.
 */
@ApplicationScoped
public class ExportService {

    static final String[] CONTRIBUTION_HEADER = {"id", "created_at", "local_day", "source", "status", "amount_minor",
            "currency", "reporting_amount_minor", "reporting_currency", "project_post_id", "project_post",
            "country_code", "location_id", "location", "department_id", "department", "giver", "giver_name"};
    static final String[] TOTALS_HEADER = {"key", "name", "pledged_minor", "collected_minor", "contributions",
            "raised_pledged_minor", "raised_collected_minor", "reporting_currency"};

    @Inject
    AgroalDataSource dataSource;
    @Inject
    DashboardService dashboard;
    @Inject
    LedgerService ledger;
    @Inject
    KollektConfig config;
    @Inject
    OrganisationService organisation;

    public StreamingOutput totals(ReportFilter filter, Grouping grouping, ExportFormat format) {
        List<ReportRow> rows = dashboard.breakdown(filter, grouping);
        String currency = ledger.reportingCurrency();
        return out -> {
            ExportFormat.TableWriter table = format.open(out, "Totals", TOTALS_HEADER);
            for (ReportRow r : rows) {
                table.row(r.key(), r.name(), r.pledgedMinor(), r.collectedMinor(), r.contributions(),
                        r.raisedPledgedMinor(), r.raisedCollectedMinor(), currency);
            }
            table.finish();
        };
    }

    /** Contributions that are not cancelled, oldest first, streamed. */
    public StreamingOutput contributions(ReportFilter filter, ExportFormat format) {
        DashboardService.validate(filter);
        DashboardService.Names names = dashboard.names();
        Map<Long, String> named = organisation.shownOnBoards().stream()
                .collect(Collectors.toMap(NamedPerson::employeeId, NamedPerson::name));
        Mac mac = pseudonymMac();
        return out -> {
            long rows = 0;
            long started = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                connection.setReadOnly(true);
                connection.setAutoCommit(false);
                try (PreparedStatement statement = statement(connection, filter)) {
                    statement.setFetchSize(1000);
                    ExportFormat.TableWriter table = format.open(out, "Contributions", CONTRIBUTION_HEADER);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            table.row(row(rs, names, named, mac));
                            rows++;
                        }
                    }
                    table.finish();
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                Log.errorf("Contribution export failed after %d rows: %s", rows, e.getMessage());
                throw new IOException("export failed", e);
            }
            Log.infof("Contribution export: %d rows in %d ms", rows, (System.nanoTime() - started) / 1_000_000);
        };
    }

    private PreparedStatement statement(Connection connection, ReportFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, created_at, source, status, amount_minor, currency,"
                + " reporting_amount_minor, reporting_currency, project_post_id, country_code, location_id,"
                + " department_id, giver_employee_id, anonymous FROM contribution WHERE created_at >= ? AND created_at < ?"
                + " AND status <> 'CANCELLED'");
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.valueOf(f.from().atStartOfDay(LedgerService.ZONE).toInstant()
                .atOffset(ZoneOffset.UTC).toLocalDateTime()));
        params.add(Timestamp.valueOf(f.to().plusDays(1).atStartOfDay(LedgerService.ZONE).toInstant()
                .atOffset(ZoneOffset.UTC).toLocalDateTime()));
        if (f.projectPostId() != null) {
            sql.append(" AND project_post_id = ?");
            params.add(f.projectPostId());
        }
        if (f.sources() != null && !f.sources().isEmpty()) {
            sql.append(" AND source IN (").append("?,".repeat(f.sources().size() - 1)).append("?)");
            f.sources().stream().map(Source::name).forEach(params::add);
        }
        if (f.countryCode() != null) {
            sql.append(" AND country_code = ?");
            params.add(f.countryCode());
        }
        if (f.locationId() != null) {
            sql.append(" AND location_id = ?");
            params.add(f.locationId());
        }
        if (f.departmentId() != null) {
            sql.append(" AND department_id = ?");
            params.add(f.departmentId());
        }
        sql.append(" ORDER BY id");
        PreparedStatement statement = connection.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    private Object[] row(ResultSet rs, DashboardService.Names names, Map<Long, String> named, Mac mac)
            throws SQLException {
        java.time.Instant created = rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC);
        long post = rs.getLong(9);
        long location = rs.getLong(11);
        boolean hasLocation = !rs.wasNull();
        long department = rs.getLong(12);
        boolean hasDepartment = !rs.wasNull();
        long giver = rs.getLong(13);
        boolean hasGiver = !rs.wasNull();
        boolean anonymous = rs.getBoolean(14);
        return new Object[]{rs.getLong(1), created, created.atZone(LedgerService.ZONE).toLocalDate(),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getLong(7), rs.getString(8),
                post, names.posts().get(post), rs.getString(10),
                hasLocation ? location : null, hasLocation ? names.locations().get(location) : null,
                hasDepartment ? department : null, hasDepartment ? names.departments().get(department) : null,
                anonymous ? "anonymous" : hasGiver ? pseudonym(mac, giver) : hasDepartment ? "department" : "company",
                hasGiver && !anonymous ? named.get(giver) : null};
    }

    /** A stable pseudonym of an employee: the first 16 hex digits of HMAC-SHA256(secret, id). */
    static String pseudonym(Mac mac, long employeeId) {
        byte[] digest = mac.doFinal(Long.toString(employeeId).getBytes(StandardCharsets.UTF_8));
        return "p-" + HexFormat.of().formatHex(digest, 0, 8);
    }

    Mac pseudonymMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.reporting().pseudonymSecret().getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
