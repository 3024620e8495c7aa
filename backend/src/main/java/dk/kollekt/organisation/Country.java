package dk.kollekt.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A country the company operates in, with the currency its employees give in. */
@Entity
@jakarta.persistence.Table(name = "country")
public class Country {

    @Id
    @Column(length = 2, columnDefinition = "CHAR(2)")
    public String code;

    public String name;

    @Column(length = 3, columnDefinition = "CHAR(3)")
    public String currency;
}
