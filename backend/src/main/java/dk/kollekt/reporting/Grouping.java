package dk.kollekt.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a totals export is grouped by. */
@Schema(name = "ReportGrouping")
public enum Grouping {
    PROJECT_POST, SOURCE, COUNTRY, LOCATION, DEPARTMENT, DAY, WEEK, MONTH
}
