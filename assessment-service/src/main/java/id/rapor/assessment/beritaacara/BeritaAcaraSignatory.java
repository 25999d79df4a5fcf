package id.rapor.assessment.beritaacara;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One person who signs the berita acara of a region's cycles, at a position in the signing order. */
@Entity
@Table(name = "berita_acara_signatory")
public class BeritaAcaraSignatory extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    public String nip;

    @Column(nullable = false)
    public String jabatan;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
