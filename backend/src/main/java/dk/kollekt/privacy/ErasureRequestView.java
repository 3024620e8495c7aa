package dk.kollekt.privacy;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An erasure request with who asked (as the directory now names them: "[erased]" once it is completed). */
@Schema(name = "ErasureRequest", requiredProperties = {"id", "employeeId", "name", "employeeNumber", "department",
        "status", "requestedAt"})
public record ErasureRequestView(
        long id,
        long employeeId,
        String name,
        String employeeNumber,
        Ref department,
        ErasureRequest.Status status,
        @Schema(description = "What the employee wanted the admin to know") String note,
        Instant requestedAt,
        Instant decidedAt,
        @Schema(description = "Why an admin refused it") String refusalReason,
        @Schema(description = "While open: the employee's pledges payroll or a mobile payment has yet to settle; the"
                + " request can be completed only when there are none (settle or cancel them first)")
        Integer pledgesToSettle,
        @Schema(description = "While open: the employee's per-unit sponsorship pledges still awaiting a result; they"
                + " must be cancelled (or the result reported) first")
        Integer pledgesAwaitingResult) {
}
