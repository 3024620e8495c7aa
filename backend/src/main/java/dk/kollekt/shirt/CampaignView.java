package dk.kollekt.shirt;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ShirtCampaign", requiredProperties = {"id", "name", "printTitle", "projectPost", "donationPerPrintMinor",
        "donationCurrency", "orderDeadline", "open", "sizes", "prices", "deliveries", "createdAt"})
public record CampaignView(long id, String name, String description, String printTitle, Ref projectPost,
                           @Schema(description = "What the NGO gets per printed shirt (reporting currency); not the price")
                           long donationPerPrintMinor, String donationCurrency, Instant orderDeadline,
                           @Schema(description = "Orders can be placed, changed and cancelled (before the deadline)")
                           boolean open,
                           List<SizeView> sizes, List<PriceView> prices, List<DeliveryView> deliveries,
                           @Schema(description = "Path of the print image (versioned), absent without one") String imageUrl,
                           Instant createdAt) {

    @Schema(name = "ShirtSize", requiredProperties = {"size", "ordered"})
    public record SizeView(String size, @Schema(description = "Absent: no limit") Integer stockLimit, int ordered,
                           @Schema(description = "Shirts left; absent: no limit") Integer available) {
    }

    @Schema(name = "ShirtPrice", requiredProperties = {"currency", "priceMinor"})
    public record PriceView(String currency, long priceMinor) {
    }

    @Schema(name = "ShirtDelivery", requiredProperties = {"location", "address"})
    public record DeliveryView(Ref location, String address, String note) {
    }
}
