package dk.kollekt.corporate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** The amount of a split for one project post, and the ledger contribution it became once approved. */
@Entity
@Table(name = "corporate_split_part")
@IdClass(CorporateSplitPart.Key.class)
public class CorporateSplitPart {

    public record Key(long splitId, long projectPostId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "split_id")
    public long splitId;

    @Id
    @Column(name = "project_post_id")
    public long projectPostId;

    @Column(name = "amount_minor")
    public long amountMinor;

    @Column(name = "contribution_id")
    public Long contributionId;
}
