package dk.kollekt.ledger;

import dk.kollekt.common.Money;
import dk.kollekt.common.TestData;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration's backfill of the NGO totals, run again over today's ledger into a scratch table, gives exactly the
 * totals the ledger kept as it went, by day and by month: its own reckoning of the Copenhagen day (summer time
 * from the last Sunday of March, 01:00 UTC) included, checked with contributions on both sides of both changes.
 */
@QuarkusTest
class PostTotalsBackfillTest {

    static final Path MIGRATION = Path.of("src/main/resources/db/migration/V12__ngo_view.sql");

    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;
    @Inject
    EntityManager em;

    @Test
    void theMigrationsBackfillEqualsTheTotalsKeptByTheLedger() throws Exception {
        DepartmentPlace where = organisation.departmentPlaces().getFirst();
        long post = TestData.postId("Sygeplejeskolen");
        // Around the changes of 2022: 27 March 01:00 UTC and 30 October 01:00 UTC; 23:30 UTC is the next local day.
        for (String at : List.of("2022-03-27T00:59:00Z", "2022-03-27T01:00:00Z", "2022-03-26T23:30:00Z",
                "2022-03-27T22:30:00Z", "2022-10-30T00:59:00Z", "2022-10-30T01:00:00Z", "2022-10-30T22:59:00Z",
                "2022-10-30T23:00:00Z", "2022-12-31T23:30:00Z")) {
            long id = LedgerFixtures.recordAt(ledger, new NewContribution(Source.DEPARTMENT_COLLECTION,
                    Money.of(1000 + at.hashCode() % 500 + 500, "DKK"),
                    NewContribution.Giver.department(where.id(), where.locationId(), where.countryCode()), false, post,
                    "backfill", null), Instant.parse(at)).id();
            if (at.endsWith("00:00Z")) {
                ledger.collect(id, "backfill");
            }
        }
        LedgerFixtures.recordAt(ledger, new NewContribution(Source.CORPORATE_DONATION, Money.of(777, "DKK"), null,
                false, post, "backfill", null), Instant.parse("2022-06-01T10:00:00Z"));

        String sql = Files.readString(MIGRATION);
        String backfillDays = statement(sql, "INSERT INTO ledger_post_day_total");
        String backfillMonths = statement(sql, "INSERT INTO ledger_post_month_total");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("CREATE TEMPORARY TABLE kept_day AS SELECT * FROM ledger_post_day_total WHERE contributions <> 0").executeUpdate();
            em.createNativeQuery("CREATE TEMPORARY TABLE kept_month AS SELECT * FROM ledger_post_month_total WHERE contributions <> 0").executeUpdate();
            em.createNativeQuery("CREATE TEMPORARY TABLE ledger_post_day_total LIKE kept_day").executeUpdate();
            em.createNativeQuery("CREATE TEMPORARY TABLE ledger_post_month_total LIKE kept_month").executeUpdate();
            try {
                em.createNativeQuery(backfillDays).executeUpdate();
                em.createNativeQuery(backfillMonths).executeUpdate();
                for (String[] pair : new String[][]{{"kept_day", "ledger_post_day_total", "day"},
                        {"kept_month", "ledger_post_month_total", "month"}}) {
                    String columns = pair[2] + ", project_post_id, source, department_id, location_id, country_code,"
                            + " pledged_minor, collected_minor, contributions";
                    List<?> kept = em.createNativeQuery("SELECT " + columns + " FROM " + pair[0] + " ORDER BY " + columns)
                            .getResultList();
                    List<?> backfilled = em.createNativeQuery("SELECT " + columns + " FROM " + pair[1] + " ORDER BY "
                            + columns).getResultList();
                    assertThat(backfilled).as(pair[2]).hasSize(kept.size());
                    for (int i = 0; i < kept.size(); i++) {
                        assertThat((Object[]) backfilled.get(i)).as(pair[2] + " row " + i)
                                .containsExactly((Object[]) kept.get(i));
                    }
                }
            } finally {
                // The scratch tables shadow the real ones on this pooled connection: never leave them behind.
                em.createNativeQuery("DROP TEMPORARY TABLE ledger_post_day_total, ledger_post_month_total, kept_day,"
                        + " kept_month").executeUpdate();
            }
        });
    }

    /** The SQL statement of the migration that starts with {@code start}, up to its semicolon. */
    private static String statement(String sql, String start) {
        int from = sql.indexOf(start);
        return sql.substring(from, sql.indexOf(';', from));
    }
}
