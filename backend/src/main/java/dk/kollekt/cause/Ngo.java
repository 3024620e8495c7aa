package dk.kollekt.cause;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.util.ArrayList;
import java.util.List;

/** A partner NGO that the company's employees raise money and give time for. */
@Entity
@jakarta.persistence.Table(name = "ngo")
public class Ngo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @OneToMany(mappedBy = "ngo")
    @OrderBy("id")
    public List<ProjectPost> posts = new ArrayList<>();
}
