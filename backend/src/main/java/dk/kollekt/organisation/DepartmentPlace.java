package dk.kollekt.organisation;

/** A department with where it is, for boards that group departments by location and country. */
public record DepartmentPlace(long id, String name, long locationId, String locationName, String countryCode) {
}
