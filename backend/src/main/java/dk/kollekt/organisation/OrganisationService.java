package dk.kollekt.organisation;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Ref;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The company directory: who works where, who leads what, and which directory entry a sign-in belongs to. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    CountryRepository countries;
    @Inject
    LocationRepository locations;
    @Inject
    DepartmentRepository departments;
    @Inject
    EmployeeRepository employees;
    @Inject
    LeadRoleSync leadRoleSync;
    @Inject
    DepartmentMembershipRepository memberships;

    /**
     * The directory entry of a signed-in person: by Keycloak subject, else by verified email. Then the subject is
     * remembered (replacing an earlier one, e.g. after the Keycloak account was recreated; Keycloak keeps emails
     * unique), and a lead gets Keycloak's lead role if they lack it. Empty for people outside the company
     * directory, such as NGO staff.
     */
    @Transactional
    public Optional<Placement> placementOf(String subject, String email, boolean emailVerified) {
        Optional<Employee> found = employees.findBySubject(subject);
        if (found.isEmpty() && email != null && emailVerified) {
            found = employees.findByEmail(email);
            found.ifPresent(e -> link(e, subject));
        }
        return found.map(this::placement);
    }

    /** Where the employee with this number belongs now (e.g. for generated demo activity). */
    public Optional<Placement> placementByNumber(String employeeNumber) {
        return employees.findByNumber(employeeNumber).map(this::placement);
    }

    private void link(Employee employee, String subject) {
        if (employee.keycloakSubject != null) {
            Log.infof("Employee %d signs in with a new Keycloak account; linking it instead of the old one", employee.id);
        }
        employee.keycloakSubject = subject;
        if (!departments.refsLedBy(employee.id).isEmpty()) {
            try {
                leadRoleSync.sync(employee, true);
            } catch (ApiProblem e) {
                Log.warnf("Lead role for employee %d not synced at sign-in; it is retried next time leads change",
                        employee.id);
            }
        }
    }

    private Placement placement(Employee e) {
        Department d = e.department;
        List<Ref> leads = departments.refsLedBy(e.id);
        return new Placement(e.id, e.employeeNumber, e.name, new Ref(d.id, d.name),
                new Ref(d.location.id, d.location.name), CountryView.from(d.location.country), e.departmentSince, leads,
                e.shownOnBoards);
    }

    public boolean hasEmployees() {
        return employees.count() > 0;
    }

    /** The directory entry itself, with its department history and what it leads: for the person's data download. */
    public Optional<DirectoryRecord> directoryRecord(long employeeId) {
        return employees.findByIdOptional(employeeId).map(e -> DirectoryRecord.of(e, memberships.historyOf(e),
                departments.refsLedBy(e.id)));
    }

    /** The Keycloak subject the employee signs in with, once they have signed in. */
    public Optional<String> subjectOf(long employeeId) {
        return employees.findByIdOptional(employeeId).map(e -> e.keycloakSubject);
    }

    /**
     * Erases the employee's personal data from the directory: they stop leading departments (Keycloak's lead role,
     * which Kollekt granted, goes with it; 503 and nothing changed when Keycloak cannot be reached), and name, email,
     * employee number and Keycloak link are replaced (see {@link Employee#erase}). The row, its department history
     * and every id that points at it stay, so totals and headcounts do not change.
     */
    @Transactional
    public void erase(long employeeId) {
        Employee employee = employee(employeeId);
        List<Department> led = departments.ledBy(employeeId);
        if (!led.isEmpty()) {
            led.forEach(d -> department(d.id).leads.remove(employee));
            departments.flush();
            leadRoleSync.sync(employee, false);
        }
        employee.erase(java.time.Instant.now());
    }

    /** Makes the employee with this email a lead of their own department. */
    @Transactional
    public DepartmentView makeLeadByEmail(String email) {
        Employee employee = employees.findByEmail(email)
                .orElseThrow(() -> ApiProblem.notFound("There is no employee with email " + email + "."));
        return addLead(employee.department.id, employee.id);
    }

    /** The person chooses whether to appear by name on leaderboards. */
    @Transactional
    public void showOnBoards(long employeeId, boolean shown) {
        employees.findById(employeeId).shownOnBoards = shown;
    }

    /** Everyone who chose to appear by name on leaderboards, with their department now. */
    public List<NamedPerson> shownOnBoards() {
        return employees.shownOnBoards().stream()
                .map(e -> new NamedPerson(e.id, e.name, e.department.id, e.department.name)).toList();
    }

    /** Names of employees by id (for pages where people chose to be named). */
    public java.util.Map<Long, String> names(java.util.Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? java.util.Map.of() : employees.list("id in ?1", employeeIds).stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.id, e -> e.name));
    }

    /** Employees by id as admins see them in the directory. */
    public java.util.Map<Long, EmployeeView> employeeViews(java.util.Collection<Long> employeeIds) {
        return employees.byIds(employeeIds).stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.id, EmployeeView::from));
    }

    /** Employee numbers by id (for payroll files). */
    public java.util.Map<Long, String> employeeNumbers(java.util.Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? java.util.Map.of() : employees.list("id in ?1", employeeIds).stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.id, e -> e.employeeNumber));
    }

    /** Every department with its location and country. */
    public List<DepartmentPlace> departmentPlaces() {
        return departments.listWithLocation().stream().map(DepartmentPlace::of).toList();
    }

    /** One department with where it is. */
    public Optional<DepartmentPlace> departmentPlace(long departmentId) {
        return departments.findByIdOptional(departmentId).map(DepartmentPlace::of);
    }

    /**
     * The department an employee belonged to on a day, from the membership history; their current department when
     * the history does not reach back to that day.
     */
    public Optional<DepartmentPlace> departmentOn(long employeeId, java.time.LocalDate day) {
        Optional<Department> then = memberships.departmentOn(employeeId, day);
        Optional<Department> department = then.isPresent() ? then
                : employees.findByIdOptional(employeeId).map(e -> e.department);
        return department.map(DepartmentPlace::of);
    }

    /** Whether the employee is a lead of the department. */
    public boolean leads(long employeeId, long departmentId) {
        return departments.refsLedBy(employeeId).stream().anyMatch(d -> d.id() == departmentId);
    }

    /** The currency of a country Kollekt knows. */
    public String currencyOf(String countryCode) {
        return countries.findById(countryCode).currency;
    }

    /** How many employees each department had on a day (from the membership history). */
    public java.util.Map<Long, Long> headcounts(java.time.LocalDate day) {
        return memberships.headcounts(day);
    }

    /** Names of locations by id. */
    public java.util.Map<Long, String> locationNames(java.util.Collection<Long> locationIds) {
        return locationIds.isEmpty() ? java.util.Map.of() : locations.list("id in ?1", locationIds).stream()
                .collect(java.util.stream.Collectors.toMap(l -> l.id, l -> l.name));
    }

    public List<CountryView> countries() {
        return countries.listByCode().stream().map(CountryView::from).toList();
    }

    public List<LocationView> locations(String countryCode) {
        return locations.listInCountry(countryCode).stream().map(LocationView::from).toList();
    }

    public List<DepartmentView> departmentsAt(long locationId) {
        if (locations.findByIdOptional(locationId).isEmpty()) {
            throw ApiProblem.notFound("There is no location " + locationId + ".");
        }
        return departments.listAtLocation(locationId).stream().map(DepartmentView::from).toList();
    }

    public List<EmployeeView> searchEmployees(String text, int limit) {
        return employees.search(text.strip(), limit).stream().map(EmployeeView::from).toList();
    }

    /** Makes the employee a lead of the department; idempotent. Keycloak's lead role follows in the same step. */
    @Transactional
    public DepartmentView addLead(long departmentId, long employeeId) {
        Department department = department(departmentId);
        Employee employee = employee(employeeId);
        if (department.leads.add(employee)) {
            departments.flush();
            leadRoleSync.sync(employee, true);
        }
        return DepartmentView.from(department);
    }

    /** Ends the employee's lead of the department; idempotent. The lead role goes when they lead nothing. */
    @Transactional
    public DepartmentView removeLead(long departmentId, long employeeId) {
        Department department = department(departmentId);
        Employee employee = employee(employeeId);
        if (department.leads.remove(employee)) {
            departments.flush();
            leadRoleSync.sync(employee, !departments.refsLedBy(employeeId).isEmpty());
        }
        return DepartmentView.from(department);
    }

    private Department department(long id) {
        return departments.findWithLeads(id)
                .orElseThrow(() -> ApiProblem.notFound("There is no department " + id + "."));
    }

    private Employee employee(long id) {
        return employees.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("There is no employee " + id + "."));
    }
}
