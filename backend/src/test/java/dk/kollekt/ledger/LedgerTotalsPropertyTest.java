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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: for random contributions on random days (some cancelled, some collected, givers moving between
 * departments), the running totals that boards read equal the sums over the ledger itself, for random periods,
 * both bases and any set of sources, the participants equal the distinct givers, and what each person gave under
 * their own name equals their raised, not anonymous contributions.
 */
@QuarkusTest
class LedgerTotalsPropertyTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;
    @Inject
    EntityManager em;

    @Test
    void runningTotalsEqualLedgerSumsOverRandomData() {
        Random random = new Random(20260827);
        long post = TestData.postId("Hospitalet");
        List<DepartmentPlace> departments = organisation.departmentPlaces();
        LocalDate today = LocalDate.now(ZONE);
        LocalDate firstDay = LocalDate.of(today.getYear(), 1, 1);
        int days = (int) (today.toEpochDay() - firstDay.toEpochDay());
        Source[] sources = {Source.DONATION, Source.SPONSORSHIP, Source.DEPARTMENT_COLLECTION, Source.COMPANY_MATCH};
        String[] currencies = {"DKK", "NOK", "SEK"};
        List<Long> ids = new ArrayList<>();

        for (int i = 0; i < 400; i++) {
            // 40 generated employees who move: each contribution places its giver in a random department at that
            // moment. Ids 1-3 are the demo users, left to the tests that follow their pledges exactly.
            long giver = 4 + random.nextInt(40);
            DepartmentPlace where = departments.get(random.nextInt(departments.size()));
            Instant at = firstDay.plusDays(random.nextInt(days + 1)).atTime(random.nextInt(24), random.nextInt(60))
                    .atZone(ZONE).toInstant();
            NewContribution c = new NewContribution(sources[random.nextInt(sources.length)],
                    Money.of(1 + random.nextInt(500_000), currencies[random.nextInt(3)]),
                    new NewContribution.Giver(giver, where.id(), where.locationId(), where.countryCode()),
                    random.nextBoolean(), post, "property", null);
            ids.add(QuarkusTransaction.requiringNew().call(() -> ledger.record(c, at)).id());
        }
        for (long id : ids) {
            int fate = random.nextInt(4);
            if (fate == 0) {
                ledger.cancel(id, "property: cancelled");
            } else if (fate == 1) {
                ledger.collect(id, "property: collected");
            }
        }

        for (int round = 0; round < 25; round++) {
            LocalDate from = firstDay.plusDays(random.nextInt(days + 1));
            LocalDate to = from.plusDays(random.nextInt((int) (today.toEpochDay() - from.toEpochDay()) + 1));
            Set<Source> chosen = EnumSet.noneOf(Source.class);
            for (Source s : sources) {
                if (random.nextBoolean()) {
                    chosen.add(s);
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(Source.DONATION);
            }
            Map<Long, long[]> expected = ledgerSums(chosen, from, to);
            Map<Long, long[]> actual = QuarkusTransaction.requiringNew().call(() -> ledger.moneyByDepartment(chosen, from, to));
            assertThat(normalise(actual)).as("money %s..%s %s", from, to, chosen).isEqualTo(normalise(expected));
            assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.participantsByDepartment(from, to)))
                    .as("participants %s..%s", from, to).isEqualTo(distinctGivers(from, to));
            Set<Long> someDepartments = new java.util.HashSet<>();
            departments.stream().filter(d -> random.nextBoolean()).forEach(d -> someDepartments.add(d.id()));
            someDepartments.add(departments.getFirst().id());
            List<Long> givers = java.util.stream.LongStream.rangeClosed(4, 43).boxed().toList();
            assertThat(normalise(QuarkusTransaction.requiringNew().call(() ->
                    ledger.namedRaisedByEmployee(givers, someDepartments, from, to))))
                    .as("named by person %s..%s", from, to).isEqualTo(normalise(namedSums(someDepartments, from, to)));
        }
    }

    @Test
    void aContributionCountsOnItsLocalDayInCopenhagen() {
        DepartmentPlace where = organisation.departmentPlaces().getFirst();
        // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen.
        Instant lateEvening = Instant.parse("2026-03-01T23:30:00Z");
        Map<Long, long[]> march1 = ledger.moneyByDepartment(EnumSet.of(Source.DONATION), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1));
        Map<Long, long[]> march2 = ledger.moneyByDepartment(EnumSet.of(Source.DONATION), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2));
        QuarkusTransaction.requiringNew().run(() -> ledger.record(new NewContribution(Source.DONATION,
                Money.of(4321, "DKK"), new NewContribution.Giver(10L, where.id(), where.locationId(), where.countryCode()),
                false, TestData.postId("Hospitalet"), "boundary", null), lateEvening));

        assertThat(pledged(ledger.moneyByDepartment(EnumSet.of(Source.DONATION), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1)), where.id())).isEqualTo(pledged(march1, where.id()));
        assertThat(pledged(ledger.moneyByDepartment(EnumSet.of(Source.DONATION), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2)), where.id())).isEqualTo(pledged(march2, where.id()) + 4321);
    }

    private static long pledged(Map<Long, long[]> sums, long department) {
        return sums.containsKey(department) ? sums.get(department)[0] : 0;
    }

    /** The truth, from the contributions themselves. */
    private Map<Long, long[]> ledgerSums(Set<Source> sources, LocalDate from, LocalDate to) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select c.departmentId, sum(case when c.status <> ?1 then c.reportingAmountMinor else 0 end),"
                                + " sum(case when c.status = ?2 then c.reportingAmountMinor else 0 end),"
                                + " sum(case when c.status <> ?1 then 1 else 0 end) from Contribution c"
                                + " where c.departmentId is not null and c.source in ?3 and c.createdAt >= ?4"
                                + " and c.createdAt < ?5 group by c.departmentId", Object[].class)
                .setParameter(1, ContributionStatus.CANCELLED).setParameter(2, ContributionStatus.COLLECTED)
                .setParameter(3, sources).setParameter(4, from.atStartOfDay(ZONE).toInstant())
                .setParameter(5, to.plusDays(1).atStartOfDay(ZONE).toInstant()).getResultList());
        Map<Long, long[]> sums = new HashMap<>();
        rows.forEach(r -> sums.put((Long) r[0], new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue()}));
        return sums;
    }

    /** The truth for people boards: raised money each giver gave under their name, [pledged, collected]. */
    private Map<Long, long[]> namedSums(Set<Long> departments, LocalDate from, LocalDate to) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select c.giverEmployeeId, sum(c.reportingAmountMinor),"
                                + " sum(case when c.status = ?2 then c.reportingAmountMinor else 0 end) from Contribution c"
                                + " where c.giverEmployeeId between 4 and 43 and c.status <> ?1 and c.anonymous = false"
                                + " and c.source in ?3 and c.departmentId in ?4 and c.createdAt >= ?5 and c.createdAt < ?6"
                                + " group by c.giverEmployeeId", Object[].class)
                .setParameter(1, ContributionStatus.CANCELLED).setParameter(2, ContributionStatus.COLLECTED)
                .setParameter(3, Source.RAISED).setParameter(4, departments)
                .setParameter(5, from.atStartOfDay(ZONE).toInstant())
                .setParameter(6, to.plusDays(1).atStartOfDay(ZONE).toInstant()).getResultList());
        Map<Long, long[]> sums = new HashMap<>();
        rows.forEach(r -> sums.put((Long) r[0], new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return sums;
    }

    private Map<Long, Long> distinctGivers(LocalDate from, LocalDate to) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select c.departmentId, count(distinct c.giverEmployeeId) from Contribution c"
                                + " where c.departmentId is not null and c.giverEmployeeId is not null and c.status <> ?1"
                                + " and c.createdAt >= ?2 and c.createdAt < ?3 group by c.departmentId", Object[].class)
                .setParameter(1, ContributionStatus.CANCELLED).setParameter(2, from.atStartOfDay(ZONE).toInstant())
                .setParameter(3, to.plusDays(1).atStartOfDay(ZONE).toInstant()).getResultList());
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** Drops departments whose sums are all zero (a total row may exist with nothing left after cancellations). */
    private static Map<Long, List<Long>> normalise(Map<Long, long[]> sums) {
        Map<Long, List<Long>> out = new HashMap<>();
        sums.forEach((d, v) -> {
            if (java.util.Arrays.stream(v).anyMatch(x -> x != 0)) {
                out.put(d, java.util.Arrays.stream(v).boxed().toList());
            }
        });
        return out;
    }
}
