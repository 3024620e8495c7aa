package dk.kollekt.shirt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ShirtOrderLineRepository implements PanacheRepository<ShirtOrderLine> {

    public List<ShirtOrderLine> ofOrders(Collection<Long> orderIds) {
        return orderIds.isEmpty() ? List.of() : list("orderId in ?1 order by id", orderIds);
    }

    /** The comparison follows the column's collation (utf8mb4_unicode_ci: case and accents as MariaDB compares them). */
    public int replaceWearerName(String name, String replacement) {
        return getEntityManager().createNativeQuery("UPDATE shirt_order_line SET wearer_name = ?1"
                        + " WHERE TRIM(wearer_name) = ?2").setParameter(1, replacement).setParameter(2, name)
                .executeUpdate();
    }

    public List<ShirtOrderLine> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids);
    }
}
