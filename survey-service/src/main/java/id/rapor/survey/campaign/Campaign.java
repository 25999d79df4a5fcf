package id.rapor.survey.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A survey of one unit with one questionnaire version over one period; open for responses until closed. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "questionnaire_id", nullable = false)
    public UUID questionnaireId;

    public String title;

    @Column(nullable = false)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    /** Number of service users in the period, for the Krejcie–Morgan minimum sample; null when unknown. */
    public Long population;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** What a QR code or kiosk link carries; anonymous submission needs it. Null: revoked. */
    @Column(name = "form_token")
    public String formToken;

    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
