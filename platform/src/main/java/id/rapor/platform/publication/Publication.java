package id.rapor.platform.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** A row of the publication table: written once, never updated or deleted (a database trigger refuses both). */
@Entity
@Immutable
@Table(name = "publication")
public class Publication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public int version;

    /** The snapshot as JSON text (a jsonb column); not loaded with the row (lists of versions never need it). */
    @Basic(fetch = FetchType.LAZY)
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** Definition versions as a JSON object of strings (a jsonb column). */
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(nullable = false, columnDefinition = "jsonb")
    public String basis;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "embargo_until")
    public Instant embargoUntil;

    public UUID supersedes;

    public String reason;

    /** Whether readers may see it at {@code now}. */
    boolean visibleAt(Instant now) {
        return embargoUntil == null || !embargoUntil.isAfter(now);
    }
}
