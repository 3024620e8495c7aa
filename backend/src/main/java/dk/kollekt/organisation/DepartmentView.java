package dk.kollekt.organisation;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Comparator;
import java.util.List;

@Schema(name = "Department", requiredProperties = {"id", "name", "location", "countryCode", "leads"})
public record DepartmentView(long id, String name, Ref location, String countryCode, List<Ref> leads) {

    static DepartmentView from(Department d) {
        return new DepartmentView(d.id, d.name, new Ref(d.location.id, d.location.name), d.location.country.code,
                d.leads.stream().sorted(Comparator.comparing(e -> e.name)).map(e -> new Ref(e.id, e.name)).toList());
    }
}
