package dk.kollekt.volunteering;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SkillRepository implements PanacheRepository<Skill> {

    public List<Skill> listByName() {
        return list("order by name");
    }

    public Optional<Skill> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /** The skills in an employee's profile. */
    public List<Skill> ofEmployee(long employeeId) {
        return getEntityManager().createQuery("select s from Skill s where s.id in (select es.skillId from"
                + " EmployeeSkill es where es.employeeId = ?1) order by s.name", Skill.class)
                .setParameter(1, employeeId).getResultList();
    }

    /** Replaces an employee's profile with these skills. */
    public void replaceOfEmployee(long employeeId, Collection<Long> skillIds) {
        getEntityManager().createQuery("delete from EmployeeSkill es where es.employeeId = ?1")
                .setParameter(1, employeeId).executeUpdate();
        for (long skillId : skillIds) {
            getEntityManager().persist(new EmployeeSkill(employeeId, skillId));
        }
    }
}
