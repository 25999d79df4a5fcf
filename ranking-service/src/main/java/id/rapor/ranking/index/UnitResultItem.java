package id.rapor.ranking.index;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One item's summed statistics behind a survey-based unit result, re-summed by the regional roll-ups. */
@Entity
@Table(name = "unit_result_item")
public class UnitResultItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "result_id", nullable = false)
    public UUID resultId;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    /** Exact fraction as text ({@code 1/9}). */
    @Column(nullable = false)
    public String weight;

    @Column(name = "item_sum", nullable = false)
    public long itemSum;

    @Column(name = "item_count", nullable = false)
    public long itemCount;
}
