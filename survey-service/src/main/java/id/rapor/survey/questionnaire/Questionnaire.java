package id.rapor.survey.questionnaire;

import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.scoring.Band;
import id.rapor.scoring.BandTable;
import id.rapor.scoring.Grading;
import id.rapor.scoring.Rational;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a questionnaire: its items (answers are stored by item code), the answer scale, the weights
 * and the grade bands of the regulation it follows. Versions are never changed once campaigns use them.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String name;

    /** The regulation whose formula and bands apply, e.g. {@code PERMENPANRB_14_2017}. */
    @Column(nullable = false)
    public String regulation;

    /** The unit that owns this version, or null for a standard version. */
    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "based_on")
    public UUID basedOn;

    @Column(name = "scale_min", nullable = false)
    public int scaleMin;

    @Column(name = "scale_max", nullable = false)
    public int scaleMax;

    /** False while parts of the questionnaire are not confirmed against the regulation's text. */
    @Column(nullable = false)
    public boolean confirmed;

    public String note;

    /** Decimals IKM on 25–100 is rounded to (half-up) before it is graded. */
    @Column(nullable = false)
    public int decimals = 2;

    /** Whether the sources confirm the bands' cut-offs and zone mapping. */
    @Column(name = "bands_confirmed", nullable = false)
    public boolean bandsConfirmed = true;

    /** The unconfirmed parts a result of this version rests on, as a JSON array of text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> unconfirmed = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "questionnaire_item", joinColumns = @JoinColumn(name = "questionnaire_id"))
    @OrderBy("position")
    public List<Item> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "questionnaire_band", joinColumns = @JoinColumn(name = "questionnaire_id"))
    public List<BandRow> bands = new ArrayList<>();

    /** One question: its code, text, weight as an exact fraction and one label per answer value. */
    @Embeddable
    public static class Item {

        @Column(nullable = false)
        public int position;

        @Column(nullable = false)
        public String code;

        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String question;

        @Column(nullable = false)
        public String weight;

        @JdbcTypeCode(SqlTypes.JSON)
        @Column(nullable = false, columnDefinition = "jsonb")
        public List<String> labels = new ArrayList<>();

        public Rational weightValue() {
            return Rational.parse(weight);
        }
    }

    /** One grade band on the 25–100 scale. */
    @Embeddable
    public static class BandRow {

        @Column(name = "lower_bound", nullable = false)
        public BigDecimal lowerBound;

        @Column(nullable = false)
        public String code;

        @Column(nullable = false)
        public String label;

        /** HIJAU, KUNING or MERAH. */
        public String zone;
    }

    /** The item with this code, if the questionnaire has one. */
    public Optional<Item> item(String itemCode) {
        return items.stream().filter(i -> i.code.equals(itemCode)).findFirst();
    }

    /** The grading of IKM on 25–100: round half-up to the decimals, then the version's bands (none: no band). */
    public Grading grading() {
        return new Grading(
                decimals,
                bands.isEmpty()
                        ? null
                        : BandTable.of(bands.stream()
                                .map(b -> new Band(b.lowerBound, b.code, b.label, b.zone))
                                .toList()));
    }

    /** The grading as it travels in events: regulation, decimals, confirmation and bands. */
    public GradeScale scale() {
        return GradeScale.of(
                regulation,
                decimals,
                bandsConfirmed && !bands.isEmpty(),
                bands.stream()
                        .map(b -> new Band(b.lowerBound, b.code, b.label, b.zone))
                        .toList());
    }

    /** Whether a result of this version rests only on confirmed parts, and if not, which. */
    public Basis basis() {
        List<String> reasons = new ArrayList<>(unconfirmed == null ? List.of() : unconfirmed);
        if (!confirmed && reasons.isEmpty()) {
            reasons.add("questionnaire " + code + " v" + version + " is not confirmed against its regulation");
        }
        return Basis.of(reasons);
    }
}
