package id.rapor.survey.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of publication media and follow-up plans (RTL). */
public final class FollowUpDtos {

    /** An evidence link: an http(s) URL. */
    static final String URL = "^https?://\\S+$";

    private FollowUpDtos() {}

    /** A kind of publication medium. */
    @Schema(name = "PublicationMediumKind")
    public record MediumKindView(
            @Schema(example = "WEBSITE") String code,
            @Schema(example = "Website") String label,
            int position,
            boolean active,
            boolean confirmed,
            @Schema(nullable = true) String note) {}

    /** A publication of the SKM result of a period to record. */
    @Schema(name = "PublicationMediumRequest")
    public record MediumRequest(
            @NotBlank @Schema(example = "2026-S1") String period,

            @NotBlank
            @Schema(example = "WEBSITE", description = "A code of GET /api/v1/survey/publication-medium-kinds")
            String kind,

            @Size(max = 2000) @Schema(example = "Hasil SKM semester I di laman dinas")
            String description,

            @NotNull
            @Size(max = 2000)
            @Pattern(regexp = URL, message = "must be an http(s) URL")
            @Schema(example = "https://dinkes.example.go.id/skm-2026-s1")
            String evidenceUrl,

            @NotNull @Schema(example = "2026-07-10") LocalDate publishedOn) {}

    /** A recorded publication. */
    @Schema(name = "PublicationMedium")
    public record MediumView(
            UUID id,
            UUID unitId,
            String period,
            String kind,
            String kindLabel,
            @Schema(nullable = true) String description,
            String evidenceUrl,
            LocalDate publishedOn,
            String recordedBy,
            Instant recordedAt) {}

    /** One unsur the system proposes to follow up, and why. */
    @Schema(name = "FollowUpProposal")
    public record ProposalView(
            @Schema(example = "U3") String itemCode,
            @Schema(example = "Waktu penyelesaian") String itemName,
            @Schema(nullable = true, example = "2.61") BigDecimal nrr,

            @Schema(nullable = true, example = "2.95", description = "The unsur's NRR in the previous period")
            BigDecimal previousNrr,

            @Schema(description = "LOWEST (lowest NRR of the period) and/or DROPPED (lower than the previous period)")
            List<String> reasons,

            @Schema(nullable = true, description = "The plan already made for this unsur and period")
            UUID planId) {}

    /** The proposals for a unit's result of a period. */
    @Schema(name = "FollowUpProposals")
    public record Proposals(
            UUID unitId,
            String period,
            @Schema(nullable = true) String previousPeriod,
            @Schema(nullable = true, example = "78.25") BigDecimal ikmKonversi,
            List<ProposalView> items) {}

    /** A follow-up plan to make from a proposal (or for any other unsur of the result). */
    @Schema(name = "FollowUpPlanRequest")
    public record PlanRequest(
            @NotBlank @Schema(example = "2026-S1") String period,

            @NotBlank @Size(max = 40) @Schema(example = "U3")
            String itemCode,

            @NotBlank @Size(max = 4000) @Schema(example = "Menambah satu loket dan menerapkan antrean daring")
            String action,

            @NotBlank @Size(max = 200) @Schema(example = "Kepala Seksi Pelayanan")
            String owner,

            @NotNull @Schema(example = "2026-09-30") LocalDate dueDate,

            @Size(max = 2000) @Pattern(regexp = URL, message = "must be an http(s) URL")
            String evidenceUrl) {}

    /** A move of a plan's status, with evidence (required, here or on the plan, to reach selesai). */
    @Schema(name = "FollowUpPlanStatusChange")
    public record PlanStatusChange(
            @NotBlank @Schema(example = "berjalan", description = "rencana, berjalan or selesai")
            String status,

            @Size(max = 2000)
            @Pattern(regexp = URL, message = "must be an http(s) URL")
            @Schema(example = "https://dinkes.example.go.id/rtl/loket-baru.pdf")
            String evidenceUrl,

            @Schema(nullable = true) Long expectedVersion) {}

    /** How the plan's unsur fared in the next period. */
    @Schema(name = "FollowUpOutcome")
    public record Outcome(
            @Schema(example = "2026-S2") String period,
            @Schema(nullable = true, example = "3.12") BigDecimal nrr,

            @Schema(nullable = true, description = "nrr above the plan's baseline; null while either is missing")
            Boolean improved) {}

    /** A follow-up plan. */
    @Schema(name = "FollowUpPlan")
    public record PlanView(
            UUID id,
            UUID unitId,
            String period,
            String itemCode,
            String itemName,
            List<String> reasons,
            @Schema(nullable = true) BigDecimal baselineNrr,
            String action,
            String owner,
            LocalDate dueDate,
            @Schema(nullable = true) String evidenceUrl,
            @Schema(example = "rencana") String status,
            long version,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt,
            @Schema(nullable = true) Instant doneAt,

            @Schema(nullable = true, description = "The next period's NRR of the unsur, once it has a result")
            Outcome outcome) {}

    /** One audited change. */
    @Schema(name = "FollowUpAuditEntry")
    public record AuditView(
            long id,
            String action,
            @Schema(nullable = true) String field,
            @Schema(nullable = true) String oldValue,
            @Schema(nullable = true) String newValue,
            String actor,
            Instant at) {}

    /** A plan with every change to it. */
    @Schema(name = "FollowUpPlanDetail")
    public record PlanDetail(PlanView plan, List<AuditView> audit) {}
}
