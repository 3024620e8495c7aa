package dk.kollekt.ledger;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.audit.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Company matching. When the ledger collects a qualifying contribution of an employee, it asks here for the match:
 * ratio × amount, rounded down to whole øre, limited by what is left of the rule's budget and of the employee's cap
 * for the calendar year of the contribution's day. The rule's row is locked while its budget and caps are taken, so
 * parallel collections never exceed them. A refund of the original gives both back.
 */
@ApplicationScoped
public class MatchService {

    /** Sources a rule may match: money people bring in, never company money. */
    static final Set<Source> MATCHABLE = EnumSet.of(Source.DONATION, Source.SPONSORSHIP, Source.DEPARTMENT_COLLECTION);

    @Inject
    MatchRuleRepository rules;
    @Inject
    EntityManager em;
    @Inject
    AuditService audit;
    @Inject
    ExchangeRateService rates;

    /** What a match took: the rule, the employee and year whose cap it used, and the amount (reporting minor). */
    record Grant(long ruleId, long employeeId, int year, long amountMinor) {
    }

    /** Takes budget and cap for the match of a contribution just collected; empty when no rule gives anything. */
    Optional<Grant> take(Contribution row, LocalDate day) {
        if (row.giverEmployeeId == null || !MATCHABLE.contains(row.source)) {
            return Optional.empty();
        }
        for (MatchRule candidate : rules.activeOn(day)) {
            if (!candidate.sourceSet().contains(row.source)) {
                continue;
            }
            MatchRule rule = rules.lock(candidate.id).orElseThrow();
            em.refresh(rule);
            if (!rule.active) {
                continue;
            }
            int year = day.getYear();
            long employeeUsed = employeeUsed(rule.id, row.giverEmployeeId, year);
            long wanted = Math.multiplyExact(row.reportingAmountMinor, rule.ratioNumerator) / rule.ratioDenominator;
            long amount = Math.min(wanted, Math.min(rule.budgetMinor - rule.usedMinor,
                    rule.capPerEmployeeMinor - employeeUsed));
            if (amount <= 0) {
                continue;
            }
            rule.usedMinor += amount;
            addEmployeeUse(rule.id, row.giverEmployeeId, year, amount);
            return Optional.of(new Grant(rule.id, row.giverEmployeeId, year, amount));
        }
        return Optional.empty();
    }

    void recordGrant(long originalId, long matchId, Grant grant) {
        em.createNativeQuery("INSERT INTO match_grant (contribution_id, match_contribution_id, rule_id, employee_id,"
                        + " year, amount_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, originalId).setParameter(2, matchId).setParameter(3, grant.ruleId)
                .setParameter(4, grant.employeeId).setParameter(5, grant.year).setParameter(6, grant.amountMinor)
                .executeUpdate();
    }

    /**
     * Gives back the budget and cap a match took, when its original or the match itself is refunded; the match's
     * contribution id, if there was one.
     */
    @SuppressWarnings("unchecked")
    Optional<Long> release(long refundedId) {
        List<Object[]> found = em.createNativeQuery("SELECT match_contribution_id, rule_id, employee_id, year,"
                        + " amount_minor, contribution_id FROM match_grant WHERE (contribution_id = ?1"
                        + " OR match_contribution_id = ?1) AND released_at IS NULL FOR UPDATE")
                .setParameter(1, refundedId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] g = found.getFirst();
        long ruleId = ((Number) g[1]).longValue();
        long amount = ((Number) g[4]).longValue();
        MatchRule rule = rules.lock(ruleId).orElseThrow();
        em.refresh(rule);
        rule.usedMinor -= amount;
        addEmployeeUse(ruleId, ((Number) g[2]).longValue(), ((Number) g[3]).intValue(), -amount);
        em.createNativeQuery("UPDATE match_grant SET released_at = ?1 WHERE contribution_id = ?2")
                .setParameter(1, Instant.now()).setParameter(2, ((Number) g[5]).longValue()).executeUpdate();
        return Optional.of(((Number) g[0]).longValue());
    }

    /** The company's matches of the employee's contributions, oldest first: for their data download. */
    @SuppressWarnings("unchecked")
    public List<MatchGrantView> grantsOf(long employeeId) {
        List<Object[]> rows = em.createNativeQuery("SELECT contribution_id, match_contribution_id, year, amount_minor,"
                        + " released_at FROM match_grant WHERE employee_id = ?1 ORDER BY contribution_id")
                .setParameter(1, employeeId).getResultList();
        String currency = rates.reportingCurrency();
        return rows.stream().map(r -> new MatchGrantView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).longValue(), currency, r[4] != null)).toList();
    }

    private long employeeUsed(long ruleId, long employeeId, int year) {
        List<?> used = em.createNativeQuery("SELECT used_minor FROM match_employee_use WHERE rule_id = ?1"
                        + " AND employee_id = ?2 AND year = ?3")
                .setParameter(1, ruleId).setParameter(2, employeeId).setParameter(3, year).getResultList();
        return used.isEmpty() ? 0 : ((Number) used.getFirst()).longValue();
    }

    private void addEmployeeUse(long ruleId, long employeeId, int year, long delta) {
        em.createNativeQuery("INSERT INTO match_employee_use (rule_id, employee_id, year, used_minor)"
                        + " VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE used_minor = used_minor + VALUES(used_minor)")
                .setParameter(1, ruleId).setParameter(2, employeeId).setParameter(3, year).setParameter(4, delta)
                .executeUpdate();
    }

    public List<MatchRuleView> list() {
        return rules.list("order by id desc").stream()
                .map(r -> MatchRuleView.from(r, rates.reportingCurrency())).toList();
    }

    @Transactional
    public MatchRuleView create(MatchRuleRequest request) {
        if (request.validTo().isBefore(request.validFrom())) {
            throw ApiProblem.unprocessable("The period ends before it starts.",
                    List.of(FieldError.field("validTo", "must not be before validFrom")));
        }
        if (!MATCHABLE.containsAll(request.sources())) {
            throw ApiProblem.unprocessable("Only donations, sponsorships and department collections can be matched.",
                    List.of(FieldError.field("sources", "only DONATION, SPONSORSHIP, DEPARTMENT_COLLECTION")));
        }
        MatchRule rule = new MatchRule();
        rule.ratioNumerator = request.ratioNumerator();
        rule.ratioDenominator = request.ratioDenominator();
        rule.capPerEmployeeMinor = request.capPerEmployeeMinor();
        rule.sources = request.sources().stream().sorted().map(Source::name).collect(Collectors.joining(","));
        rule.validFrom = request.validFrom();
        rule.validTo = request.validTo();
        rule.budgetMinor = request.budgetMinor();
        rule.active = true;
        rule.createdBy = audit.currentActor();
        rule.createdAt = Instant.now();
        rules.persist(rule);
        MatchRuleView view = MatchRuleView.from(rule, rates.reportingCurrency());
        audit.record("match-rule.created", "match-rule", rule.id, null, view);
        return view;
    }

    /** Ends a rule: it matches nothing more; matches already written stand. */
    @Transactional
    public MatchRuleView end(long id) {
        MatchRule rule = rules.lock(id).orElseThrow(() -> ApiProblem.notFound("There is no matching rule " + id + "."));
        MatchRuleView before = MatchRuleView.from(rule, rates.reportingCurrency());
        rule.active = false;
        MatchRuleView after = MatchRuleView.from(rule, rates.reportingCurrency());
        audit.record("match-rule.ended", "match-rule", rule.id, before, after);
        return after;
    }
}
