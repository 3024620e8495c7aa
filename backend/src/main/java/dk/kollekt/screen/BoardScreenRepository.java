package dk.kollekt.screen;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class BoardScreenRepository implements PanacheRepository<BoardScreen> {

    public Optional<BoardScreen> live(String token) {
        return find("token = ?1 and revokedAt is null", token).firstResultOptional();
    }

    public List<BoardScreen> of(Long employeeId) {
        return employeeId == null ? list("order by createdAt desc")
                : list("createdByEmployeeId = ?1 order by createdAt desc", employeeId);
    }
}
