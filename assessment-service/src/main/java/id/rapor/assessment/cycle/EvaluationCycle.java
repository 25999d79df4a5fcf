package id.rapor.assessment.cycle;

import id.rapor.platform.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation cycle: PEKPPP scheme, instrument version, year, region scope, scoring tiers, phase plan and the
 * pemeringkatan recorded for it.
 */
@Entity
@org.hibernate.annotations.DynamicUpdate
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scheme scheme;

    /** The cycle a PEMANTAUAN cycle monitors (null for every other scheme). */
    @Column(name = "monitors_cycle_id")
    public UUID monitorsCycleId;

    /** The phase plan, in order of start date. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_phase", joinColumns = @JoinColumn(name = "cycle_id"))
    @OrderBy("starts")
    public List<PlannedPhase> plan = new ArrayList<>();

    /** The ranking publication recorded as the cycle's pemeringkatan (null until one is published). */
    @Column(name = "pemeringkatan_region")
    public String pemeringkatanRegion;

    @Column(name = "pemeringkatan_period")
    public String pemeringkatanPeriod;

    @Column(name = "pemeringkatan_version")
    public Integer pemeringkatanVersion;

    @Column(name = "pemeringkatan_content_hash")
    public String pemeringkatanContentHash;

    @Column(name = "pemeringkatan_published_at")
    public Instant pemeringkatanPublishedAt;

    @Column(name = "pemeringkatan_publication_id")
    public UUID pemeringkatanPublicationId;

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

    /** The phase the cycle is in today in Indonesia's western time zone (null before it opens). */
    public Phase phaseToday() {
        return phaseOn(LocalDate.now(ZONE));
    }

    /** Whether the plan contains {@code phase}. */
    public boolean plans(Phase phase) {
        return plan.stream().anyMatch(p -> p.phase == phase);
    }

    /** The day {@code phase} starts in the plan, if planned. */
    public LocalDate starts(Phase phase) {
        return plan.stream()
                .filter(p -> p.phase == phase)
                .map(p -> p.starts)
                .findFirst()
                .orElse(null);
    }

    /** Whether a ranking publication has been recorded as the cycle's pemeringkatan. */
    public boolean hasPemeringkatan() {
        return pemeringkatanVersion != null;
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

    /**
     * The phase on {@code today}: the override, else the last planned phase started (null before the cycle opens). A
     * plan with PEMERINGKATAN stays in it past FINAL's date until the pemeringkatan is recorded.
     */
    public Phase phaseOn(LocalDate today) {
        if (phaseOverride != null) {
            return phaseOverride;
        }
        Phase found = null;
        for (PlannedPhase p : plan.stream()
                .sorted(Comparator.comparing((PlannedPhase x) -> x.starts))
                .toList()) {
            if (!today.isBefore(p.starts)) {
                found = p.phase;
            }
        }
        if (found == Phase.FINAL && plans(Phase.PEMERINGKATAN) && !hasPemeringkatan()) {
            return Phase.PEMERINGKATAN;
        }
        return found;
    }
}
