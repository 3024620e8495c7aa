package dk.kollekt.shirt;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The printer's sheet: per location, shirts per size and where they go. No names of people. */
@Schema(name = "PrinterSheet", requiredProperties = {"campaign", "printTitle", "sizes", "locations", "totals"})
public record PrinterSheetView(Ref campaign, String printTitle, List<String> sizes, List<LocationSheet> locations,
                               @Schema(description = "All locations together") Counts totals) {

    @Schema(name = "PrinterSheetLocation", requiredProperties = {"location", "countryCode", "counts"})
    public record LocationSheet(Ref location, String countryCode,
                                @Schema(description = "Absent when the campaign sets none for this location")
                                String deliveryAddress, String deliveryNote, Counts counts) {
    }

    @Schema(name = "PrinterSheetCounts", requiredProperties = {"bySize", "ordered", "printed", "toPrint"})
    public record Counts(List<SizeCount> bySize, int ordered, int printed, int toPrint) {
    }

    @Schema(name = "PrinterSheetSizeCount", requiredProperties = {"size", "ordered", "printed", "toPrint"})
    public record SizeCount(String size, int ordered, int printed, int toPrint) {
    }
}
