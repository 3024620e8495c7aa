package dk.kollekt.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The sums of one bucket of the time series, starting on {@code start} (a day, a Monday, or a month's first). */
@Schema(name = "ReportSeriesPoint", requiredProperties = {"start", "pledgedMinor", "collectedMinor", "contributions"})
public record SeriesPoint(LocalDate start, long pledgedMinor, long collectedMinor, long contributions) {
}
