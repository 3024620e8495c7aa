package dk.kollekt.shirt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Print runs and the printed shirts they hold (one row per shirt, with its donation's contribution). */
@ApplicationScoped
public class PrintRunRepository implements PanacheRepository<PrintRun> {

    public Optional<PrintRun> byReference(long campaignId, String reference) {
        return find("campaignId = ?1 and reference = ?2", campaignId, reference).firstResultOptional();
    }

    public List<PrintRun> ofCampaign(long campaignId) {
        return list("campaignId = ?1 order by recordedAt desc, id desc", campaignId);
    }

    public void printed(long orderLineId, int seq, long printRunId, long contributionId) {
        getEntityManager().createNativeQuery("INSERT INTO shirt_printed (order_line_id, seq, print_run_id,"
                        + " contribution_id) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, orderLineId).setParameter(2, seq).setParameter(3, printRunId)
                .setParameter(4, contributionId).executeUpdate();
    }

    /** Shirts a run printed per order line: [orderLineId, count]. */
    public List<Object[]> linesOf(long printRunId) {
        return rows("SELECT order_line_id, COUNT(*) FROM shirt_printed WHERE print_run_id = ?1"
                + " GROUP BY order_line_id ORDER BY order_line_id", printRunId);
    }

    /** The contributions of every shirt printed in a campaign. */
    public List<Long> contributionsOf(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("SELECT p.contribution_id FROM shirt_printed p"
                        + " JOIN shirt_print_run r ON r.id = p.print_run_id WHERE r.campaign_id = ?1")
                .setParameter(1, campaignId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long id) {
        return getEntityManager().createNativeQuery(sql).setParameter(1, id).getResultList();
    }
}
