package id.rapor.assessment.spm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The seeded SPM catalogue (INSTRUMENTS-ADDENDUM §4.2–4.3): basic services and their indicators. */
public final class SpmCatalogue {

    private SpmCatalogue() {}

    /** A jenis pelayanan dasar of one bidang at one level (PROVINSI or KABKOTA). */
    @Entity(name = "SpmService")
    @Table(name = "spm_service")
    public static class Service extends PanacheEntityBase {

        @Id
        public String code;

        @Column(nullable = false)
        public String level;

        @Column(nullable = false)
        public String bidang;

        @Column(nullable = false)
        public int position;

        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String recipients;

        @Column(nullable = false)
        public String regulation;

        @Column(nullable = false)
        public boolean confirmed;

        public String reason;

        @Column(nullable = false)
        public String source;

        @Column(name = "valid_from", nullable = false)
        public int validFrom;
    }

    /** An indicator of a service: what is counted (served) out of which population (sasaran). */
    @Entity(name = "SpmIndicator")
    @Table(name = "spm_indicator")
    public static class Indicator extends PanacheEntityBase {

        @Id
        public String code;

        @Column(name = "service_code", nullable = false)
        public String serviceCode;

        @Column(nullable = false)
        public String kind;

        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String served;

        @Column(nullable = false)
        public String sasaran;

        @Column(name = "target_rule", nullable = false)
        public String targetRule;

        @Column(nullable = false)
        public boolean confirmed;

        public String reason;

        @Column(nullable = false)
        public String source;
    }
}
