package id.rapor.ranking.index;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One index of one unit in one period: value, band, zone and the inputs (JSON) that produced it. */
@Entity
@Table(name = "unit_result")
public class UnitResult extends PanacheEntityBase {

    public static final String OK = "OK";
    public static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "index_code", nullable = false)
    public String indexCode;

    @Column(nullable = false)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(nullable = false)
    public String state;

    public String reason;

    public BigDecimal value;

    @Column(name = "value_exact")
    public BigDecimal valueExact;

    @Column(name = "band_code")
    public String bandCode;

    @Column(name = "band_label")
    public String bandLabel;

    public String zone;

    public String regulation;

    public Long respondents;

    @Column(name = "definition_version", nullable = false)
    public int definitionVersion;

    @Column(nullable = false)
    public String inputs;

    /** The grading the value was graded with (the producer's, as JSON), so roll-ups grade the same way. */
    public String scale;

    /** Whether the value rests only on confirmed parts, and if not, which ({@link id.rapor.events.Basis} JSON). */
    public String basis;

    @Column(nullable = false)
    public boolean confirmed = true;

    /** The 95 % interval's bounds (survey-based values), for rank ranges. */
    @Column(name = "ci_lower")
    public BigDecimal ciLower;

    @Column(name = "ci_upper")
    public BigDecimal ciUpper;

    /** The value's precision ({@link Precision} JSON); null without survey data. */
    public String precision;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;
}
