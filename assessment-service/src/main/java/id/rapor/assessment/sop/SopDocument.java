package id.rapor.assessment.sop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An SOP of a unit (its owning OPD) with its current SOP-AP header (PermenPANRB 35/2012). */
@Entity
@Table(name = "sop_document")
public class SopDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String title;

    @Column(name = "made_date", nullable = false)
    public LocalDate madeDate;

    @Column(name = "revised_date")
    public LocalDate revisedDate;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "approver_name", nullable = false)
    public String approverName;

    @Column(name = "approver_nip")
    public String approverNip;

    @Column(name = "approver_position", nullable = false)
    public String approverPosition;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "implementer_qualification")
    public String implementerQualification;

    @Column(name = "related_sops")
    public String relatedSops;

    public String equipment;

    public String warnings;

    public String records;

    @Column(name = "document_url")
    public String documentUrl;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
