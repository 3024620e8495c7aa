package dk.kollekt.volunteering;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OpportunityRepository implements PanacheRepository<Opportunity> {

    /** Opportunities with a shift that has not ended, with their skills (shifts are read per opportunity). */
    public List<Opportunity> withShiftsAfter(Instant now) {
        return list("select distinct o from Opportunity o left join fetch o.skills where exists"
                + " (select 1 from Shift s where s.opportunity = o and s.endsAt > ?1)", now);
    }

    public Optional<Opportunity> findWithSkills(long id) {
        return find("select o from Opportunity o left join fetch o.skills where o.id = ?1", id).singleResultOptional();
    }
}
