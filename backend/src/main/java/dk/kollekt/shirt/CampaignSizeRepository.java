package dk.kollekt.shirt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class CampaignSizeRepository implements PanacheRepository<CampaignSize> {

    public List<CampaignSize> of(long campaignId) {
        return list("campaignId = ?1 order by position, id", campaignId);
    }

    public List<CampaignSize> ofCampaigns(Collection<Long> campaignIds) {
        return campaignIds.isEmpty() ? List.of() : list("campaignId in ?1 order by position, id", campaignIds);
    }

    /**
     * Adds {@code delta} shirts (negative to give them back) to a size's ordered count, only if the count then
     * stays within the stock limit: one conditional UPDATE, so that parallel orders never oversell.
     * False when the size has not enough left.
     */
    public boolean reserve(long campaignId, String size, int delta) {
        return update("ordered = ordered + ?1 where campaignId = ?2 and size = ?3"
                + " and (stockLimit is null or ordered + ?1 <= stockLimit) and ordered + ?1 >= 0",
                delta, campaignId, size) == 1;
    }

    /** Shirts left in a size, read past any entity loaded earlier in the transaction; 0 without a limit. */
    public int left(long campaignId, String size) {
        Integer left = getEntityManager().createQuery("select s.stockLimit - s.ordered from CampaignSize s"
                        + " where s.campaignId = ?1 and s.size = ?2", Integer.class)
                .setParameter(1, campaignId).setParameter(2, size).getResultStream().findFirst().orElse(null);
        return left == null ? 0 : Math.max(0, left);
    }

    /** Sets a size's limit and place, only if no more shirts are ordered than the new limit allows. */
    public boolean limit(long sizeId, Integer stockLimit, int position) {
        return stockLimit == null
                ? update("stockLimit = null, position = ?1 where id = ?2", position, sizeId) == 1
                : update("stockLimit = ?1, position = ?2 where id = ?3 and ordered <= ?1", stockLimit, position,
                sizeId) == 1;
    }

    /** Removes a size nobody has ordered. */
    public boolean removeUnordered(long sizeId) {
        return delete("id = ?1 and ordered = 0", sizeId) == 1;
    }
}
