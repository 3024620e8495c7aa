package dk.kollekt.shirt;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class PrintImageRepository implements PanacheRepositoryBase<PrintImage, Long> {

    /** The image version (SHA-256) per campaign that has an image, without loading the images. */
    public Map<Long, String> versions(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery(
                        "select i.campaignId, i.sha256 from PrintImage i where i.campaignId in ?1", Object[].class)
                .setParameter(1, campaignIds).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
