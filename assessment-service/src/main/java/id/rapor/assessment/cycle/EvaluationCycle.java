package id.rapor.assessment.cycle;

import id.rapor.platform.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An evaluation cycle: instrument version, year, region scope, scoring tiers and phase start dates. */
@Entity
@Table(name = "evaluation_cycle")
public class EvaluationCycle extends PanacheEntityBase {

    /** Phase dates are calendar days in Indonesia's western time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "instrument_version_id", nullable = false)
    public UUID instrumentVersionId;

    @Column(nullable = false)
    public int year;

    /** Province or kab/kota code the cycle covers; null for a national cycle. */
    @Column(name = "scope_region")
    public String scopeRegion;

    /** Comma-separated tiers, MANDIRI first; the last is the final tier whose score is the result. */
    @Column(nullable = false)
    public String tiers;

    @Column(name = "self_assessment_starts", nullable = false)
    public LocalDate selfAssessmentStarts;

    @Column(name = "evaluation_starts", nullable = false)
    public LocalDate evaluationStarts;

    @Column(name = "revision_starts", nullable = false)
    public LocalDate revisionStarts;

    @Column(name = "final_starts", nullable = false)
    public LocalDate finalStarts;

    /** A phase set by an administrator that wins over the dates (null: follow the dates). */
    @Enumerated(EnumType.STRING)
    @Column(name = "phase_override")
    public Phase phaseOverride;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The tiers in order. */
    public List<Tier> tierList() {
        return Arrays.stream(tiers.split(",")).map(Tier::valueOf).toList();
    }

    /** The tier whose score is the result. */
    public Tier finalTier() {
        List<Tier> list = tierList();
        return list.get(list.size() - 1);
    }

    /** The phase on {@code today}: the override, else the last phase started; null before the cycle opens. */
    /** The phase the cycle is in today in Indonesia's western time zone (null before it opens). */
    public Phase phaseToday() {
        return phaseOn(LocalDate.now(ZONE));
    }

    /** Throws 422 naming the phase unless the cycle is in one of {@code allowed} today. */
    public void requirePhase(String action, Phase... allowed) {
        Phase now = phaseToday();
        for (Phase phase : allowed) {
            if (phase == now) {
                return;
            }
        }
        throw ProblemException.businessRule(
                "phase",
                action + " is allowed in phase " + List.of(allowed) + " but the cycle is in "
                        + (now == null ? "no phase yet" : now));
    }

    public Phase phaseOn(LocalDate today) {
        if (phaseOverride != null) {
            return phaseOverride;
        }
        if (!today.isBefore(finalStarts)) {
            return Phase.FINAL;
        }
        if (!today.isBefore(revisionStarts)) {
            return Phase.REVISION;
        }
        if (!today.isBefore(evaluationStarts)) {
            return Phase.EVALUATION;
        }
        if (!today.isBefore(selfAssessmentStarts)) {
            return Phase.SELF_ASSESSMENT;
        }
        return null;
    }
}
