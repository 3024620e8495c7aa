package dk.kollekt.ledger;

import java.time.LocalDate;

/** Sums of a day, or of a whole month when {@code day} is the first of a month read from the month totals. */
public record DayTotal(LocalDate day, long pledgedMinor, long collectedMinor, long contributions) {
}
