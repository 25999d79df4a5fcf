package id.rapor.survey.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who signs a scope's documents: {@code UNIT:<id>} or {@code REGION:<code>}. */
@Entity
@Table(name = "report_signatory")
public class Signatory extends PanacheEntityBase {

    @Id
    public String scope;

    @Column(nullable = false)
    public String name;

    /** Nomor Induk Pegawai, 18 digits; null for a signatory without one. */
    public String nip;

    @Column(nullable = false)
    public String position;

    /** The place printed before the date ("Jeneponto, 2 Desember 2026"). */
    public String place;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
