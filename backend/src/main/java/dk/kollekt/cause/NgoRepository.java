package dk.kollekt.cause;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NgoRepository implements PanacheRepository<Ngo> {

    public List<Ngo> listWithPosts() {
        return list("select distinct n from Ngo n left join fetch n.posts order by n.name");
    }

    public Optional<Ngo> findByName(String name) {
        return find("name", name).firstResultOptional();
    }
}
