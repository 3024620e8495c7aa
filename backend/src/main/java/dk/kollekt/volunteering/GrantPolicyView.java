package dk.kollekt.volunteering;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "GrantPolicy", requiredProperties = {"countryCode", "currency", "enabled", "rateMinor"})
public record GrantPolicyView(String countryCode, String currency, boolean enabled,
                              @Schema(description = "Per approved hour, minor units of the currency") long rateMinor,
                              Long projectPostId, Instant updatedAt) {
}
