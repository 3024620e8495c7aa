package dk.kollekt.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Country", requiredProperties = {"code", "name", "currency"})
public record CountryView(String code, String name, String currency) {

    static CountryView from(Country c) {
        return new CountryView(c.code, c.name, c.currency);
    }
}
