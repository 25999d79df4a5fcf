package id.rapor.ranking.definition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One immutable version of an index definition; band tables and rules are JSON documents. */
@Entity
@Table(name = "index_definition")
public class IndexDefinition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(nullable = false)
    public String source;

    @Column(name = "scale_min", nullable = false)
    public BigDecimal scaleMin;

    @Column(name = "scale_max", nullable = false)
    public BigDecimal scaleMax;

    @Column(nullable = false)
    public int decimals;

    @Column(name = "band_tables", nullable = false)
    public String bandTables;

    @Column(nullable = false)
    public String rules;

    public String note;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;
}
