package dk.kollekt.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Location", requiredProperties = {"id", "name", "countryCode"})
public record LocationView(long id, String name, String countryCode) {

    static LocationView from(Location l) {
        return new LocationView(l.id, l.name, l.country.code);
    }
}
