package dk.kollekt.volunteering;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GrantPolicyRepository implements PanacheRepositoryBase<GrantPolicy, String> {
}
