package dk.kollekt.collection;

import dk.kollekt.common.Ref;
import dk.kollekt.ledger.ContributionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "DepartmentCollection", requiredProperties = {"id", "department", "amountMinor", "currency",
        "collectedOn", "method", "description", "status", "contributionId", "recordedBy", "createdAt"})
public record CollectionView(long id, Ref department, long amountMinor, String currency, LocalDate collectedOn,
                             DepartmentCollection.Method method, String description,
                             @Schema(description = "PLEDGED until an admin confirms the money arrived") ContributionStatus status,
                             long contributionId, String recordedBy, Instant createdAt) {
}
