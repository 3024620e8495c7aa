package dk.kollekt.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.time.LocalDate;

/** A person in the company directory (from the HR export), in one department since a date. */
@Entity
@jakarta.persistence.Table(name = "employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "employee_number")
    public String employeeNumber;

    public String email;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    public Department department;

    @Column(name = "department_since")
    public LocalDate departmentSince;

    /** Whether the person chose to appear by name on leaderboards (off by default). */
    @Column(name = "shown_on_boards")
    public boolean shownOnBoards;

    /** Keycloak subject, set the first time the person signs in. */
    @Column(name = "keycloak_subject")
    public String keycloakSubject;

    /** When the person's personal data was erased (their request completed); null while it is theirs. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** What an erased person is called everywhere their record is still shown (their gifts, hours, orders). */
    public static final String ERASED_NAME = "[erased]";

    /**
     * Replaces the personal data with placeholders unique to the record (email and number are unique): no name,
     * email, employee number or Keycloak link remains, so no sign-in and no directory import finds it again.
     */
    void erase(Instant at) {
        name = ERASED_NAME;
        email = "erased-" + id + "@erased.invalid";
        employeeNumber = "ERASED-" + id;
        keycloakSubject = null;
        shownOnBoards = false;
        erasedAt = at;
    }
}
