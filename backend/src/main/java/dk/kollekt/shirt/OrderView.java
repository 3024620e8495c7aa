package dk.kollekt.shirt;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ShirtOrder", requiredProperties = {"id", "campaign", "kind", "status", "department", "location",
        "currency", "lines", "shirts", "printed", "totalPriceMinor", "orderedBy", "changeable", "createdAt", "changedAt"})
public record OrderView(long id, Ref campaign, ShirtOrder.Kind kind, Status status, Ref department, Ref location,
                        @Schema(description = "Currency of the prices: the orderer's country's") String currency,
                        List<LineView> lines, int shirts, int printed,
                        @Schema(description = "What the buyer owes for the shirts; never a donation")
                        long totalPriceMinor, String orderedBy,
                        @Schema(description = "Can still be changed or cancelled (before the deadline, nothing printed)")
                        boolean changeable, Instant createdAt, Instant changedAt, Instant cancelledAt) {

    OrderView withLines(List<LineView> changed) {
        return new OrderView(id, campaign, kind, status, department, location, currency, changed, shirts, printed,
                totalPriceMinor, orderedBy, changeable, createdAt, changedAt, cancelledAt);
    }

    @Schema(name = "ShirtOrderStatus")
    public enum Status { ORDERED, PARTLY_PRINTED, PRINTED, CANCELLED }

    @Schema(name = "ShirtOrderLine", requiredProperties = {"id", "size", "quantity", "unitPriceMinor", "printed"})
    public record LineView(long id, String size, int quantity, String wearerName, long unitPriceMinor, int printed) {

        LineView withWearerName(String name) {
            return new LineView(id, size, quantity, name, unitPriceMinor, printed);
        }

        static LineView from(ShirtOrderLine l) {
            return new LineView(l.id, l.size, l.quantity, l.wearerName, l.unitPriceMinor, l.printed);
        }
    }
}
