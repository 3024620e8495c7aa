package dk.kollekt.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class LocationRepository implements PanacheRepository<Location> {

    public List<Location> listInCountry(String countryCode) {
        return countryCode == null
                ? list("select l from Location l join fetch l.country order by l.country.code, l.name")
                : list("select l from Location l join fetch l.country where l.country.code = ?1 order by l.name",
                        countryCode);
    }
}
