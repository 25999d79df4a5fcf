package id.rapor.survey.saran;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One category of the saran/kritik vocabulary (data, not code). */
@Entity
@Table(name = "saran_category")
public class SaranCategory extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    public String description;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean active;

    /** False while the list is Rapor's proposal rather than a source's. */
    @Column(nullable = false)
    public boolean confirmed;

    public String note;
}
