package dk.kollekt.shirt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A campaign's print image, checked on upload and kept in the database so that every instance serves it. */
@Entity
@Table(name = "shirt_print_image")
public class PrintImage {

    @Id
    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "content_type")
    public String contentType;

    @Column(columnDefinition = "MEDIUMBLOB")
    public byte[] content;

    /** Hex SHA-256 of the content: the image's ETag and version. */
    public String sha256;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
