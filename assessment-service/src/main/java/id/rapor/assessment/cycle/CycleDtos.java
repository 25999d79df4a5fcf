package id.rapor.assessment.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of evaluation cycles. */
public final class CycleDtos {

    private CycleDtos() {}

    /** The day each phase starts; a phase runs until the next one starts, FINAL runs on. */
    @Schema(name = "CyclePhases")
    public record CyclePhases(
            @NotNull @Schema(example = "2026-02-01") LocalDate selfAssessment,
            @NotNull @Schema(example = "2026-05-01") LocalDate evaluation,
            @NotNull @Schema(example = "2026-08-01") LocalDate revision,
            @NotNull @Schema(example = "2026-10-01") LocalDate finalisation) {}

    /** One phase of a plan and the day it starts. */
    @Schema(name = "PlannedPhase")
    public record PhaseStart(
            @NotNull @Schema(example = "PRA_EVALUASI") Phase phase,
            @NotNull @Schema(example = "2026-03-01") LocalDate starts) {}

    /** The service type of one lokus unit. */
    @Schema(name = "LokusRuangLingkup")
    public record RuangLingkupItem(
            @NotNull UUID unitId,
            @NotNull @Schema(example = "ADMINISTRATIF") RuangLingkup ruangLingkup) {}

    /** The ranking publication recorded as a cycle's pemeringkatan. */
    @Schema(name = "Pemeringkatan")
    public record PemeringkatanView(
            @Schema(description = "The region the ranking covers (ID: national)", example = "73")
            String regionCode,

            @Schema(example = "2026") String period,

            @Schema(description = "The publication's version; the newest one recorded wins")
            int version,

            @Schema(description = "SHA-256 of the published snapshot")
            String contentHash,

            Instant publishedAt) {}

    /** A cycle to open. */
    @Schema(
            name = "CycleRequest",
            description = "Scheme rules: MANDIRI (the default when a scope is given) needs scopeRegion and, when "
                    + "ruangLingkup is given, lokus covering ADMINISTRATIF, BARANG and JASA; its lokus lie in the "
                    + "scope. NASIONAL (the default without a scope) and KHUSUS are opened by administrators only "
                    + "(national scope or one the ministry chooses) and may include instansi/BUMN subjects where "
                    + "the instrument allows. PEMANTAUAN names monitorsCycleId, an earlier year's cycle, and takes "
                    + "over its scope and lokus (unitIds left out: all of its lokus; given: a part of them). Tiers "
                    + "follow MANDIRI < KABKOTA < PROVINSI < NASIONAL; NASIONAL is scored by administrators only. "
                    + "Give either phases (the four classic phases) or phasePlan.")
    public record CycleRequest(
            @NotBlank @Size(max = 300) @Schema(example = "PEKPPP Mandiri Sulawesi Selatan 2026")
            String name,

            @NotBlank @Schema(example = "PEKPPP") String instrumentCode,
            @NotNull @Min(1) @Schema(example = "2") Integer instrumentVersion,

            @NotNull @Min(2000) @Max(2200) @Schema(example = "2026")
            Integer year,

            @Pattern(regexp = "^\\d{2}(\\.\\d{2})?$", message = "must be a province or kabupaten/kota code")
            @Schema(description = "Province or kab/kota code; omit for a national cycle", example = "73")
            String scopeRegion,

            @Schema(
                    description = "Scoring tiers in order, MANDIRI first, then any of KABKOTA, PROVINSI, NASIONAL in "
                            + "that order without repeats (default MANDIRI, KABKOTA, PROVINSI); the last is the "
                            + "result")
            List<Tier> tiers,

            @Valid
            @Schema(nullable = true, description = "The four classic phase start dates; or give phasePlan instead")
            CyclePhases phases,

            @Schema(
                    nullable = true,
                    description = "Scheme (default MANDIRI with a scopeRegion, NASIONAL without)",
                    example = "MANDIRI")
            Scheme scheme,

            @Schema(nullable = true, description = "PEMANTAUAN only: the earlier cycle whose lokus it monitors")
            UUID monitorsCycleId,

            @Size(max = 7)
            @Schema(
                    nullable = true,
                    description = "The phase plan in order: each phase at most once, SELF_ASSESSMENT first, FINAL "
                            + "last, start dates strictly increasing. Evaluators score, send back and verify in "
                            + "PRA_EVALUASI, EVALUATION, VERIFIKASI_LAPANGAN and REVISION; units answer in "
                            + "SELF_ASSESSMENT and PRA_EVALUASI (returned ones also in REVISION); field visits are "
                            + "recorded only in VERIFIKASI_LAPANGAN; nothing changes in PEMERINGKATAN and FINAL. "
                            + "A plan with PEMERINGKATAN reaches FINAL only once the ranking publication is recorded")
            List<@Valid @NotNull PhaseStart> phasePlan,

            @Schema(description = "The units under evaluation (lokus); one assessment is opened for each")
            List<@NotNull UUID> unitIds,

            @Size(max = 5000)
            @Schema(
                    nullable = true,
                    description = "Optional service type of lokus units (each must be in unitIds); when given in a "
                            + "MANDIRI cycle the lokus must cover ADMINISTRATIF, BARANG and JASA")
            List<@Valid @NotNull RuangLingkupItem> ruangLingkup) {}

    /** Units to add to a cycle's lokus. */
    @Schema(name = "LokusRequest")
    public record LokusRequest(
            @NotNull @Size(min = 1, max = 5000) List<@NotNull UUID> unitIds,

            @Size(max = 5000)
            @Schema(nullable = true, description = "Optional service type of the added units (each in unitIds)")
            List<@Valid @NotNull RuangLingkupItem> ruangLingkup) {}

    /** Moves a cycle to a phase regardless of its dates (null: follow the dates again). */
    @Schema(name = "PhaseOverride")
    public record PhaseRequest(Phase phase) {}

    /** A cycle as stored, with the phase it is in now. */
    @Schema(name = "Cycle")
    public record CycleView(
            UUID id,
            String name,
            UUID instrumentVersionId,
            String instrumentCode,
            int instrumentVersion,
            String indexCode,
            int year,
            @Schema(nullable = true) String scopeRegion,
            Scheme scheme,

            @Schema(nullable = true, description = "PEMANTAUAN: the cycle it monitors")
            UUID monitorsCycleId,

            List<Tier> tiers,

            @Schema(nullable = true, description = "The classic dates, when the plan has exactly those four phases")
            CyclePhases phases,

            @Schema(description = "The planned phases in order with the day each starts")
            List<PhaseStart> phasePlan,

            @Schema(nullable = true, description = "Null before the self-assessment phase starts")
            Phase currentPhase,

            @Schema(nullable = true) Phase phaseOverride,

            @Schema(nullable = true, description = "The published ranking recorded for the cycle (null: none yet)")
            PemeringkatanView pemeringkatan,

            long lokus,
            Instant createdAt,
            String createdBy) {}
}
