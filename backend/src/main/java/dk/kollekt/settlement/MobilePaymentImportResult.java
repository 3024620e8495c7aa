package dk.kollekt.settlement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a mobile-payment settlement file matched; only "collected" lines changed anything. */
@Schema(name = "MobilePaymentImportResult", requiredProperties = {"lines", "collected", "alreadyCollected",
        "mismatches", "unknown"})
public record MobilePaymentImportResult(int lines, List<Line> collected, List<Line> alreadyCollected,
                                        List<Line> mismatches, List<Line> unknown) {

    @Schema(name = "MobilePaymentLine", requiredProperties = {"line", "reference", "paidMinor"})
    public record Line(int line, String reference, long paidMinor,
                       @Schema(description = "What the pledge is for, when the reference is known") Long expectedMinor,
                       String currency, Long contributionId,
                       @Schema(description = "Why a line did not match") String note) {
    }
}
