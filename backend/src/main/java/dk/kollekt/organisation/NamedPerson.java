package dk.kollekt.organisation;

/** An employee who chose to be shown by name on boards, with their department now. */
public record NamedPerson(long employeeId, String name, long departmentId, String departmentName) {
}
