package dk.kollekt.common;

import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** The signed-in caller of the current request: their Keycloak subject, roles and directory placement. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;
    @Inject
    OrganisationService organisation;

    private Optional<Placement> placement;

    public String subject() {
        return token.getSubject();
    }

    public boolean is(Role role) {
        return identity.hasRole(role.name());
    }

    /** Where the caller sits in the company directory; empty for people outside it (NGO staff). */
    public Optional<Placement> placement() {
        if (placement == null) {
            Boolean verified = token.getClaim("email_verified");
            placement = organisation.placementOf(subject(), token.getClaim("email"), Boolean.TRUE.equals(verified));
        }
        return placement;
    }

    /** The caller's placement, or 403 for people outside the company directory. */
    public Placement employee() {
        return placement().orElseThrow(() -> new ApiProblem(403, "Forbidden",
                "Only employees in the company directory can do this.", null));
    }
}
