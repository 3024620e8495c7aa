package dk.kollekt.corporate;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/** Corporate donations, their splits and parts. */
@ApplicationScoped
public class CorporateRepository implements PanacheRepository<CorporateDonation> {

    @Inject
    EntityManager em;

    Optional<CorporateDonation> byYear(int year) {
        return find("year", year).firstResultOptional();
    }

    /** The donation, locked: decisions on its splits happen one at a time. */
    Optional<CorporateDonation> lockByYear(int year) {
        return find("year", year).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    List<CorporateSplit> splits(long donationId) {
        return em.createQuery("from CorporateSplit where donationId = ?1 order by id", CorporateSplit.class)
                .setParameter(1, donationId).getResultList();
    }

    List<CorporateSplitPart> parts(long splitId) {
        return em.createQuery("from CorporateSplitPart where splitId = ?1 order by projectPostId",
                CorporateSplitPart.class).setParameter(1, splitId).getResultList();
    }

    void save(Object entity) {
        em.persist(entity);
    }
}
