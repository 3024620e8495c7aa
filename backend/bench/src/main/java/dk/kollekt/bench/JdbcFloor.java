package dk.kollekt.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.File;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor for pledges: the database making every write of one pledge directly over JDBC, with no HTTP, JSON
 * parsing, token or framework, at a given concurrency. One transaction per pledge, the same statements in the same
 * order as the API's pledge (POST /api/donations, seen in MariaDB's general log), on the same driver with READ
 * COMMITTED as the app's pool:
 * <ol>
 *   <li>the Idempotency-Key claim (INSERT IGNORE into idempotency_record, IdempotencyRepository.insertClaim);</li>
 *   <li>the INSERT into contribution, generated key returned as Hibernate asks for it;</li>
 *   <li>the upserts of ledger_post_day_total and ledger_post_month_total (PostTotalsRepository), ledger_day_total and
 *   ledger_month_total (LedgerTotalsRepository.add) and ledger_participant (LedgerTotalsRepository.participant);</li>
 *   <li>the contribution_event and audit_record rows, the audit row holding the pledge as JSON;</li>
 *   <li>the claim's completion with the stored response (IdempotencyRepository.complete), then the commit.</li>
 * </ol>
 * For the same givers (the demo users' placements), project post, amount and day as the benchmark's HTTP pledges, so
 * the same running-total rows are contended. What the floor leaves out is what a pledge reads and computes: the
 * caller's placement, the project post, the exchange rate, the token, the JSON in and out.
 *
 * Usage: JdbcFloor JDBC_URL USER PASSWORD THREADS WARMUP_SECONDS SECONDS GIVER_EMAILS(comma) AMOUNT_MINOR OUT.json
 */
public final class JdbcFloor {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A request fingerprint as IdempotencyService stores it (SHA-256, hex); computing it is the app's work. */
    private static final String HASH = "0".repeat(64);
    /** The message of every pledge, as the benchmark's HTTP pledges send it. */
    private static final String MESSAGE = "bench";
    /** What the audit keeps of a message (AuditService keeps no free text). */
    private static final String NOT_AUDITED = "[not audited]";

    private record Giver(String subject, long employee, long department, long location, String country,
                         String currency, BigDecimal rate) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int threads = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        List<String> emails = Arrays.asList(args[6].split(","));
        long amount = Long.parseLong(args[7]);
        File out = new File(args[8]);

        List<Giver> givers = new ArrayList<>();
        long post;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (String email : emails) {
                givers.add(giver(c, email.strip()));
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM project_post")) {
                rs.next();
                post = rs.getLong(1);
            }
        }

        long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[threads];
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int index = t;
            long[][] holder = {new long[1 << 16]};
            perThread.add(null);
            Giver giver = givers.get(t % givers.size());
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    c.setAutoCommit(false);
                    Writer writer = new Writer(c);
                    int n = 0;
                    while (true) {
                        long started = System.nanoTime();
                        if (started >= end) {
                            break;
                        }
                        try {
                            writer.pledge(giver, post, amount);
                        } catch (SQLIntegrityConstraintViolationException e) {
                            c.rollback();
                            retries.incrementAndGet();
                            continue;
                        } catch (SQLException e) {
                            c.rollback();
                            errors.incrementAndGet();
                            continue;
                        }
                        long finishedAt = System.nanoTime();
                        if (started >= warmupEnd && finishedAt <= end) {
                            if (n == holder[0].length) {
                                holder[0] = Arrays.copyOf(holder[0], n * 2);
                            }
                            holder[0][n++] = finishedAt - started;
                        }
                    }
                    counts[index] = n;
                    synchronized (perThread) {
                        perThread.set(index, holder[0]);
                    }
                } catch (SQLException e) {
                    errors.incrementAndGet();
                    System.err.println("JDBC floor thread " + index + ": " + e.getMessage());
                } finally {
                    finished.countDown();
                }
            }, "floor-" + t);
            thread.start();
        }
        finished.await();

        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            if (perThread.get(t) != null) {
                System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
                at += counts[t];
            }
        }
        Arrays.sort(all);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("threads", threads);
        result.put("seconds", seconds);
        result.put("transactions", total);
        result.put("errors", errors.get());
        result.put("duplicateReferenceRetries", retries.get());
        result.put("throughput", total / (double) seconds);
        Map<String, Object> latency = new LinkedHashMap<>();
        if (total > 0) {
            latency.put("median", millis(all, 0.50));
            latency.put("p95", millis(all, 0.95));
            latency.put("p99", millis(all, 0.99));
            latency.put("max", all[total - 1] / 1e6);
            latency.put("mean", Arrays.stream(all).average().orElse(0) / 1e6);
        }
        result.put("latencyMillis", latency);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, result);
        System.out.printf("JDBC floor, %d threads: %.1f tx/s, p99 %.1f ms, %d errors%n", threads,
                total / (double) seconds, total > 0 ? millis(all, 0.99) : 0, errors.get());
    }

    private static double millis(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static Giver giver(Connection c, String email) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT e.id, d.id, d.location_id, l.country_code, k.currency,"
                + " COALESCE(e.keycloak_subject, e.email)"
                + " FROM employee e JOIN department d ON d.id = e.department_id JOIN location l ON l.id = d.location_id"
                + " JOIN country k ON k.code = l.country_code WHERE e.email = ?")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No employee with the email " + email);
                }
                String currency = rs.getString(5);
                return new Giver(rs.getString(6), rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        currency, rate(c, currency));
            }
        }
    }

    /** Today's rate into DKK, as ExchangeRateService finds it (the latest on or before today); 1 for DKK. */
    private static BigDecimal rate(Connection c, String currency) throws SQLException {
        if (currency.equals("DKK")) {
            return BigDecimal.ONE;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT rate FROM exchange_rate WHERE currency = ?"
                + " AND reporting_currency = 'DKK' AND rate_date <= ? ORDER BY rate_date DESC LIMIT 1")) {
            s.setString(1, currency);
            s.setObject(2, LocalDate.now(ZONE));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No exchange rate for " + currency);
                }
                return rs.getBigDecimal(1);
            }
        }
    }

    /** One connection's prepared statements: the ledger's writes of one pledge. */
    private static final class Writer {

        private final Connection c;
        private final PreparedStatement claim;
        private final PreparedStatement contribution;
        private final PreparedStatement postDay;
        private final PreparedStatement postMonth;
        private final PreparedStatement day;
        private final PreparedStatement month;
        private final PreparedStatement participant;
        private final PreparedStatement event;
        private final PreparedStatement audit;
        private final PreparedStatement complete;

        Writer(Connection c) throws SQLException {
            this.c = c;
            claim = c.prepareStatement("INSERT IGNORE INTO idempotency_record (caller, idem_key, request_hash, state,"
                    + " created_at) VALUES (?, ?, ?, 'IN_PROGRESS', ?)");
            contribution = c.prepareStatement("INSERT INTO contribution (source, amount_minor, currency,"
                    + " reporting_amount_minor, reporting_currency, exchange_rate, rate_date, giver_employee_id,"
                    + " anonymous, department_id, location_id, country_code, project_post_id, status, message, origin,"
                    + " payment_reference, created_at, status_changed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            postDay = c.prepareStatement(postUpsert("ledger_post_day_total", "day"));
            postMonth = c.prepareStatement(postUpsert("ledger_post_month_total", "month"));
            day = c.prepareStatement(upsert("ledger_day_total", "day"));
            month = c.prepareStatement(upsert("ledger_month_total", "month"));
            participant = c.prepareStatement("INSERT INTO ledger_participant (department_id, day, employee_id,"
                    + " contributions, named_pledged_minor, named_collected_minor) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE contributions = contributions + VALUES(contributions),"
                    + " named_pledged_minor = named_pledged_minor + VALUES(named_pledged_minor),"
                    + " named_collected_minor = named_collected_minor + VALUES(named_collected_minor)");
            event = c.prepareStatement("INSERT INTO contribution_event (actor, contribution_id, from_status,"
                    + " occurred_at, reason, to_status, type) VALUES (?, ?, NULL, ?, NULL, 'PLEDGED', 'CREATED')");
            audit = c.prepareStatement("INSERT INTO audit_record (action, actor, after_state, before_state, entity_id,"
                    + " entity_type, occurred_at, request_id) VALUES ('contribution.created', ?, ?, NULL, ?,"
                    + " 'contribution', ?, ?)");
            complete = c.prepareStatement("UPDATE idempotency_record SET state = 'DONE', response_status = 201,"
                    + " response_body = ?, response_location = ? WHERE caller = ? AND idem_key = ?");
        }

        private static String upsert(String table, String column) {
            return "INSERT INTO " + table + " (department_id, " + column + ", source, pledged_minor,"
                    + " collected_minor, contributions) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                    + " pledged_minor = pledged_minor + VALUES(pledged_minor),"
                    + " collected_minor = collected_minor + VALUES(collected_minor),"
                    + " contributions = contributions + VALUES(contributions)";
        }

        private static String postUpsert(String table, String column) {
            return "INSERT INTO " + table + " (" + column + ", project_post_id, source, department_id,"
                    + " location_id, country_code, pledged_minor, collected_minor, contributions)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                    + " pledged_minor = pledged_minor + VALUES(pledged_minor),"
                    + " collected_minor = collected_minor + VALUES(collected_minor),"
                    + " contributions = contributions + VALUES(contributions)";
        }

        void pledge(Giver g, long post, long amount) throws SQLException {
            Instant now = Instant.now();
            LocalDate today = LocalDate.ofInstant(now, ZONE);
            LocalDate firstOfMonth = today.withDayOfMonth(1);
            long reporting = g.rate().multiply(BigDecimal.valueOf(amount))
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            String key = UUID.randomUUID().toString();
            claim.setString(1, g.subject());
            claim.setString(2, key);
            claim.setString(3, HASH);
            claim.setObject(4, utc);
            claim.executeUpdate();
            String reference = reference();
            int i = 1;
            contribution.setString(i++, "DONATION");
            contribution.setLong(i++, amount);
            contribution.setString(i++, g.currency());
            contribution.setLong(i++, reporting);
            contribution.setString(i++, "DKK");
            contribution.setBigDecimal(i++, g.rate());
            contribution.setObject(i++, today);
            contribution.setLong(i++, g.employee());
            contribution.setBoolean(i++, false);
            contribution.setLong(i++, g.department());
            contribution.setLong(i++, g.location());
            contribution.setString(i++, g.country());
            contribution.setLong(i++, post);
            contribution.setString(i++, "PLEDGED");
            contribution.setString(i++, MESSAGE);
            contribution.setNull(i++, java.sql.Types.VARCHAR);
            contribution.setString(i++, reference);
            contribution.setObject(i++, utc);
            contribution.setObject(i, utc);
            contribution.executeUpdate();
            long id;
            try (ResultSet keys = contribution.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            post(postDay, today, post, g, reporting);
            post(postMonth, firstOfMonth, post, g, reporting);
            total(day, g.department(), today, reporting);
            total(month, g.department(), firstOfMonth, reporting);
            participant.setLong(1, g.department());
            participant.setObject(2, today);
            participant.setLong(3, g.employee());
            participant.setInt(4, 1);
            participant.setLong(5, reporting);
            participant.setLong(6, 0);
            participant.executeUpdate();
            event.setString(1, g.subject());
            event.setLong(2, id);
            event.setObject(3, utc);
            event.executeUpdate();
            audit.setString(1, g.subject());
            audit.setString(2, view(id, g, post, amount, reporting, today, reference, now, NOT_AUDITED));
            audit.setLong(3, id);
            audit.setObject(4, utc);
            audit.setString(5, UUID.randomUUID().toString());
            audit.executeUpdate();
            complete.setString(1, view(id, g, post, amount, reporting, today, reference, now, MESSAGE));
            complete.setString(2, "/api/contributions/" + id);
            complete.setString(3, g.subject());
            complete.setString(4, key);
            complete.executeUpdate();
            c.commit();
        }

        private static void post(PreparedStatement s, LocalDate bucket, long post, Giver g, long reporting)
                throws SQLException {
            s.setObject(1, bucket);
            s.setLong(2, post);
            s.setString(3, "DONATION");
            s.setLong(4, g.department());
            s.setLong(5, g.location());
            s.setString(6, g.country());
            s.setLong(7, reporting);
            s.setLong(8, 0);
            s.setInt(9, 1);
            s.executeUpdate();
        }

        private static void total(PreparedStatement s, long department, LocalDate bucket, long reporting)
                throws SQLException {
            s.setLong(1, department);
            s.setObject(2, bucket);
            s.setString(3, "DONATION");
            s.setLong(4, reporting);
            s.setLong(5, 0);
            s.setInt(6, 1);
            s.executeUpdate();
        }

        /**
         * The pledge as the API answers it (ContributionView) with this message: stored with the key, and with the
         * message masked as the audit's after-state.
         */
        private static String view(long id, Giver g, long post, long amount, long reporting, LocalDate today,
                                   String reference, Instant now, String message) {
            return "{\"id\":" + id + ",\"source\":\"DONATION\",\"status\":\"PLEDGED\",\"amountMinor\":" + amount
                    + ",\"currency\":\"" + g.currency() + "\",\"reportingAmountMinor\":" + reporting
                    + ",\"reportingCurrency\":\"DKK\",\"exchangeRate\":" + g.rate().toPlainString() + ",\"rateDate\":\""
                    + today + "\",\"projectPost\":{\"id\":" + post + ",\"name\":\"Project post\"},\"anonymous\":false,"
                    + "\"message\":\"" + message + "\",\"paymentReference\":\"" + reference + "\",\"createdAt\":\""
                    + now + "\",\"history\":[{\"type\":\"CREATED\",\"toStatus\":\"PLEDGED\",\"occurredAt\":\"" + now
                    + "\"}]}";
        }

        private static String reference() {
            StringBuilder reference = new StringBuilder("F");
            for (int i = 0; i < 7; i++) {
                reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            return reference.toString();
        }
    }

    private JdbcFloor() {
    }
}
