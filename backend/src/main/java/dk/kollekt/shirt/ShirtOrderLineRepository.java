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

    public List<ShirtOrderLine> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids);
    }
}
