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

    /** A cycle to open. */
    @Schema(name = "CycleRequest")
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

            @Schema(description = "Scoring tiers in order, MANDIRI first (default MANDIRI, KABKOTA, PROVINSI)")
            List<Tier> tiers,

            @NotNull @Valid CyclePhases phases,

            @Schema(description = "The units under evaluation (lokus); one assessment is opened for each")
            List<@NotNull UUID> unitIds) {}

    /** Units to add to a cycle's lokus. */
    @Schema(name = "LokusRequest")
    public record LokusRequest(
            @NotNull @Size(min = 1, max = 5000) List<@NotNull UUID> unitIds) {}

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
            List<Tier> tiers,
            CyclePhases phases,

            @Schema(nullable = true, description = "Null before the self-assessment phase starts")
            Phase currentPhase,

            @Schema(nullable = true) Phase phaseOverride,
            long lokus,
            Instant createdAt,
            String createdBy) {}
}
