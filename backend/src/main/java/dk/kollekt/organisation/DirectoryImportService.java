package dk.kollekt.organisation;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.CsvFiles;
import dk.kollekt.common.PlainText;
import dk.kollekt.common.Problem.FieldError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Applies the HR export (CSV: employee_number, email, name, department, location, country) to the directory.
 * The whole file is checked first; one bad row rejects the file and nothing is applied. Re-importing the
 * same file changes nothing; an employee whose department changed is moved as of the import date.
 */
@ApplicationScoped
public class DirectoryImportService {

    static final List<String> COLUMNS = List.of("employee_number", "email", "name", "department", "location", "country");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_ERRORS = 200;

    @Inject
    CountryRepository countries;
    @Inject
    LocationRepository locations;
    @Inject
    DepartmentRepository departments;
    @Inject
    EmployeeRepository employees;
    @Inject
    DepartmentMembershipRepository memberships;

    record Row(int line, String employeeNumber, String email, String name, String department, String location,
               String country) {
    }

    @Transactional
    public DirectoryImportResult importCsv(String csv, LocalDate asOf) {
        Map<String, Country> countryByCode = countries.lockAll().stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<Row> rows = parse(csv);
        validate(rows, countryByCode);

        Map<String, Location> locationByKey = new HashMap<>();
        locations.listInCountry(null).forEach(l -> locationByKey.put(key(l.country.code, l.name), l));
        Map<String, Department> departmentByKey = new HashMap<>();
        departments.listWithLocation().forEach(d -> departmentByKey.put(key(d.location.id.toString(), d.name), d));
        Map<String, Employee> employeeByNumber = employees.listAll().stream()
                .collect(Collectors.toMap(e -> e.employeeNumber, Function.identity()));

        int locationsCreated = 0, departmentsCreated = 0, created = 0, updated = 0, moved = 0, unchanged = 0;
        for (Row row : rows) {
            Country country = countryByCode.get(row.country());
            Location location = locationByKey.get(key(country.code, row.location()));
            if (location == null) {
                location = new Location();
                location.country = country;
                location.name = row.location();
                locations.persist(location);
                locationByKey.put(key(country.code, row.location()), location);
                locationsCreated++;
            }
            Department department = departmentByKey.get(key(location.id.toString(), row.department()));
            if (department == null) {
                department = new Department();
                department.location = location;
                department.name = row.department();
                departments.persist(department);
                departmentByKey.put(key(location.id.toString(), row.department()), department);
                departmentsCreated++;
            }
            Employee employee = employeeByNumber.get(row.employeeNumber());
            if (employee == null) {
                employee = new Employee();
                employee.employeeNumber = row.employeeNumber();
                employee.email = row.email();
                employee.name = row.name();
                employee.department = department;
                employee.departmentSince = asOf;
                employees.persist(employee);
                memberships.open(employee, department, asOf);
                created++;
                continue;
            }
            boolean changedDetails = !employee.email.equalsIgnoreCase(row.email()) || !employee.name.equals(row.name());
            employee.email = row.email();
            employee.name = row.name();
            if (!Objects.equals(employee.department.id, department.id)) {
                employee.department = department;
                employee.departmentSince = asOf;
                memberships.move(employee, department, asOf);
                moved++;
            } else if (changedDetails) {
                updated++;
            } else {
                unchanged++;
            }
        }
        Log.infof("Directory import: %d rows, %d created, %d moved, %d updated", rows.size(), created, moved, updated);
        return new DirectoryImportResult(rows.size(), created, updated, moved, unchanged, locationsCreated,
                departmentsCreated);
    }

    private List<Row> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ApiProblem.badRequest("The file is empty.", List.of(FieldError.line(1, null, "no header row")));
        }
        CsvFiles.requireUtf8(csv);
        String firstLine = csv.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.strip().replace("\uFEFF", "")), format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(normalise(name), index));
            List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw ApiProblem.badRequest("The header row lacks the columns " + String.join(", ", missing)
                        + "; expected " + String.join(", ", COLUMNS) + ".",
                        missing.stream().map(c -> FieldError.line(1, c, "column missing")).toList());
            }
            List<Row> rows = new ArrayList<>();
            List<FieldError> errors = new ArrayList<>();
            long previousEnd = 1;
            for (CSVRecord record : parser) {
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    errors.add(FieldError.line(line, null, "expected " + header.size() + " columns, found " + record.size()));
                    continue;
                }
                rows.add(new Row(line, get(record, header, "employee_number"), get(record, header, "email"),
                        get(record, header, "name"), get(record, header, "department"),
                        get(record, header, "location"), get(record, header, "country").toUpperCase(Locale.ROOT)));
            }
            if (!errors.isEmpty()) {
                throw rejected(errors);
            }
            if (rows.isEmpty()) {
                throw ApiProblem.badRequest("The file has a header but no employees.",
                        List.of(FieldError.line(2, null, "no rows")));
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw CsvFiles.malformed(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ApiProblem.badRequest("The file is not valid CSV: " + e.getMessage(), null);
        }
    }

    private void validate(List<Row> rows, Map<String, Country> countryByCode) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> lineByNumber = new HashMap<>();
        Map<String, Row> rowByEmail = new HashMap<>();
        for (Row row : rows) {
            required(errors, row.line(), "employee_number", row.employeeNumber(), 50);
            required(errors, row.line(), "name", row.name(), 200);
            required(errors, row.line(), "department", row.department(), 200);
            required(errors, row.line(), "location", row.location(), 200);
            if (required(errors, row.line(), "email", row.email(), 254) && !EMAIL.matcher(row.email()).matches()) {
                errors.add(FieldError.line(row.line(), "email", "'" + row.email() + "' is not an email address"));
            }
            if (!countryByCode.containsKey(row.country())) {
                errors.add(FieldError.line(row.line(), "country", "unknown country '" + row.country()
                        + "'; known: " + String.join(", ", countryByCode.keySet().stream().sorted().toList())));
            }
            Integer earlier = lineByNumber.putIfAbsent(row.employeeNumber(), row.line());
            if (earlier != null && !row.employeeNumber().isEmpty()) {
                errors.add(FieldError.line(row.line(), "employee_number", "employee number " + row.employeeNumber()
                        + " is also on line " + earlier));
            }
            Row sameEmail = rowByEmail.putIfAbsent(row.email().toLowerCase(Locale.ROOT), row);
            if (sameEmail != null && !row.email().isEmpty()) {
                errors.add(FieldError.line(row.line(), "email", "email " + row.email() + " is also on line "
                        + sameEmail.line()));
            }
        }
        // An email kept by an employee who is not in this file cannot be given to someone else.
        for (Employee existing : employees.listAll()) {
            Row claimant = rowByEmail.get(existing.email.toLowerCase(Locale.ROOT));
            if (claimant != null && !claimant.employeeNumber().equals(existing.employeeNumber)
                    && !lineByNumber.containsKey(existing.employeeNumber)) {
                errors.add(FieldError.line(claimant.line(), "email", "email " + claimant.email()
                        + " belongs to employee " + existing.employeeNumber));
            }
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
    }

    private static ApiProblem rejected(List<FieldError> errors) {
        List<FieldError> shown = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
        return ApiProblem.badRequest(errors.size() + " row problem(s) in the file; nothing was imported."
                + (errors.size() > MAX_ERRORS ? " The first " + MAX_ERRORS + " are listed." : ""), shown);
    }

    private static boolean required(List<FieldError> errors, int line, String field, String value, int maxLength) {
        if (value.isEmpty()) {
            errors.add(FieldError.line(line, field, field + " is required"));
            return false;
        }
        if (value.length() > maxLength) {
            errors.add(FieldError.line(line, field, field + " is longer than " + maxLength + " characters"));
            return false;
        }
        if (!PlainText.Check.isPlain(value)) {
            errors.add(FieldError.line(line, field, field + " must not contain control characters"));
            return false;
        }
        return true;
    }

    private static String get(CSVRecord record, Map<String, Integer> header, String column) {
        return record.get(header.get(column)).strip();
    }

    private static String normalise(String headerName) {
        return headerName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** Case-insensitive, like the database's collation. */
    private static String key(String parent, String name) {
        return parent + "\u0000" + name.toLowerCase(Locale.ROOT);
    }
}
