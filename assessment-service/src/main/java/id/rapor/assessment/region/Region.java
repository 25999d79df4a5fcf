package id.rapor.assessment.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Kemendagri region: provinsi (level 1), kabupaten/kota (2) or kecamatan (3); reference data, read only. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public short level;

    @Column(name = "parent_code")
    public String parentCode;
}
