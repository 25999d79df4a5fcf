package id.rapor.assessment.sop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/** A versioned set of yes/no criteria for evaluating an SOP's implementation, seeded as data. */
@Entity
@Table(name = "sop_criteria_set")
public class SopCriteriaSet extends PanacheEntityBase {

    /** The seven-criteria set used when an evaluation names none. */
    public static final int DEFAULT_VERSION = 1;

    @Id
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean confirmed;

    public String reason;

    @Column(nullable = false)
    public String source;

    /** Why the "% ya" score is not an official result. */
    @Column(name = "score_reason", nullable = false)
    public String scoreReason;

    /** The criteria texts, criterion 1 first. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sop_criterion", joinColumns = @JoinColumn(name = "set_version"))
    @OrderColumn(name = "number")
    @ListIndexBase(1)
    @Column(name = "text")
    public List<String> criteria = new ArrayList<>();
}
