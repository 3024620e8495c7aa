package dk.kollekt.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Buckets of the dashboard's time series: local days, ISO weeks (Monday first) or calendar months. */
@Schema(name = "ReportGranularity")
public enum Granularity {
    DAY, WEEK, MONTH
}
