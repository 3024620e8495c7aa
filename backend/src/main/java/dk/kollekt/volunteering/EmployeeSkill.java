package dk.kollekt.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One skill in an employee's skills profile. */
@Entity
@Table(name = "employee_skill")
@IdClass(EmployeeSkill.Key.class)
public class EmployeeSkill {

    public record Key(long employeeId, long skillId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "employee_id")
    public long employeeId;

    @Id
    @Column(name = "skill_id")
    public long skillId;

    public EmployeeSkill() {
    }

    EmployeeSkill(long employeeId, long skillId) {
        this.employeeId = employeeId;
        this.skillId = skillId;
    }
}
