package dk.kollekt.cause;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProjectPostRepository implements PanacheRepository<ProjectPost> {
}
