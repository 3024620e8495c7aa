package dk.kollekt.organisation;

/** A department with where it is, for boards that group departments by location and country. */
public record DepartmentPlace(long id, String name, long locationId, String locationName, String countryCode) {

    static DepartmentPlace of(Department d) {
        return new DepartmentPlace(d.id, d.name, d.location.id, d.location.name, d.location.country.code);
    }
}
