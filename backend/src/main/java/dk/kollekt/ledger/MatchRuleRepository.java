package dk.kollekt.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MatchRuleRepository implements PanacheRepository<MatchRule> {

    /** Active rules whose period holds the day, oldest first. */
    List<MatchRule> activeOn(LocalDate day) {
        return list("active = true and validFrom <= ?1 and validTo >= ?1 order by id", day);
    }

    /** The rule, its row locked until the transaction ends: budget and caps are taken one collection at a time. */
    Optional<MatchRule> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
