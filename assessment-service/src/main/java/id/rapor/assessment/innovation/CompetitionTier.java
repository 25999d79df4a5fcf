package id.rapor.assessment.innovation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A competition tier an innovation can reach (KIPP Top 99/45, provincial, kab/kota), seeded as data. */
@Entity
@Table(name = "innovation_competition_tier")
public class CompetitionTier extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String level;

    @Column(nullable = false)
    public int rank;

    @Column(name = "year_from")
    public Integer yearFrom;

    @Column(name = "year_to")
    public Integer yearTo;

    @Column(nullable = false)
    public boolean confirmed;

    public String reason;

    @Column(nullable = false)
    public String source;

    /** Whether the tier existed in {@code year}. */
    public boolean existedIn(int year) {
        return (yearFrom == null || year >= yearFrom) && (yearTo == null || year <= yearTo);
    }
}
