package id.rapor.assessment.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One published version of an instrument; immutable once written (the database refuses updates). */
@Entity
@Table(name = "instrument_version")
public class InstrumentVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(name = "index_code", nullable = false)
    public String indexCode;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "valid_from_year")
    public Integer validFromYear;

    @Column(name = "valid_to_year")
    public Integer validToYear;

    @Column(name = "scale_max", nullable = false)
    public BigDecimal scaleMax;

    /** Aspects, indicators and bands as JSON ({@link InstrumentDtos.Definition}). */
    @Column(nullable = false)
    public String definition;

    /** Decimals the total is rounded to (half-up) before it is graded and published. */
    @Column(nullable = false)
    public int decimals = 2;

    /** Whether the domain reference confirms the band table's cut-offs and zone mapping. */
    @Column(name = "bands_confirmed", nullable = false)
    public boolean bandsConfirmed = true;

    /** The unconfirmed parts results of this version rest on, as a JSON array of text. */
    @Column(nullable = false)
    public String unconfirmed = "[]";

    /** The lokus rule: the subject kinds this version assesses, as a JSON array of text. */
    @Column(name = "subject_kinds", nullable = false)
    public String subjectKinds = "[\"UNIT\"]";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
