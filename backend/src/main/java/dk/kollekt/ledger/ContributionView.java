package dk.kollekt.ledger;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contribution as its giver and admins see it, with its status history. */
@Schema(name = "Contribution", requiredProperties = {"id", "source", "status", "amountMinor", "currency",
        "reportingAmountMinor", "reportingCurrency", "exchangeRate", "rateDate", "projectPost", "anonymous",
        "paymentReference", "createdAt", "history"})
public record ContributionView(
        long id,
        Source source,
        ContributionStatus status,
        @Schema(description = "Amount in minor units (øre) of currency") long amountMinor,
        String currency,
        @Schema(description = "Amount in minor units of the reporting currency, at the rate of rateDate")
        long reportingAmountMinor,
        String reportingCurrency,
        BigDecimal exchangeRate,
        LocalDate rateDate,
        Ref projectPost,
        boolean anonymous,
        String message,
        @Schema(description = "Reference to give with a mobile payment (MobilePay, Vipps, Swish)") String paymentReference,
        Instant createdAt,
        List<Event> history) {

    @Schema(name = "ContributionEvent", requiredProperties = {"type", "toStatus", "occurredAt"})
    public record Event(ContributionEvent.Type type, ContributionStatus fromStatus, ContributionStatus toStatus,
                        Instant occurredAt, String reason) {
    }

    static ContributionView from(Contribution c, String postName, List<ContributionEvent> events) {
        return new ContributionView(c.id, c.source, c.status, c.amountMinor, c.currency, c.reportingAmountMinor,
                c.reportingCurrency, c.exchangeRate, c.rateDate, new Ref(c.projectPostId, postName), c.anonymous,
                c.message, c.paymentReference, c.createdAt,
                events.stream().map(e -> new Event(e.type, e.fromStatus, e.toStatus, e.occurredAt, e.reason)).toList());
    }
}
