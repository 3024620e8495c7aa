package dk.kollekt.organisation;

import dk.kollekt.common.Ref;

import java.time.LocalDate;
import java.util.List;

/** Where a directory employee belongs now: what other features need to know about a signed-in person. */
public record Placement(long employeeId, String employeeNumber, String name, Ref department, Ref location,
                        CountryView country, LocalDate departmentSince, List<Ref> leads, boolean shownOnBoards) {
}
