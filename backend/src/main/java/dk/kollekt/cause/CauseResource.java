package dk.kollekt.cause;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Partner NGOs and their project posts, for everyone who gives. */
@Path("/ngos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Causes")
public class CauseResource {

    @Inject
    CauseService causes;

    @GET
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "listNgos", summary = "Partner NGOs with their project posts")
    public List<NgoView> list() {
        return causes.list();
    }
}
