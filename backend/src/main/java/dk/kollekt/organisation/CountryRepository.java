package dk.kollekt.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    public List<Country> listByCode() {
        return list("order by code");
    }

    /** Locks every country row: directory writes (imports, demo data) run one at a time. */
    public List<Country> lockAll() {
        return find("order by code").withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
