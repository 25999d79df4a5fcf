package id.rapor.assessment.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of monitoring (pemantauan) of recommendations' follow-up. */
public final class MonitoringDtos {

    private MonitoringDtos() {}

    /** A monitoring to open on an earlier cycle's lokus. */
    @Schema(name = "MonitoringRequest")
    public record MonitoringRequest(
            @NotNull UUID sourceCycleId,

            @NotBlank @Size(max = 200) @Schema(example = "Pemantauan tindak lanjut PEKPPP 2025")
            String name,

            @Schema(nullable = true, description = "The cycle this monitoring is the baseline of")
            UUID nextCycleId) {}

    /** Follow-up counts and completion rate of one unit or region. */
    @Schema(name = "MonitoringProgress")
    public record Progress(
            @Schema(description = "Unit id, or region code for a region row")
            String key,

            @Schema(nullable = true) String name,
            @Schema(example = "73.71") String regionCode,
            long recommendations,
            long done,
            long inProgress,
            long notStarted,

            @Schema(nullable = true, example = "66.67", description = "done ÷ recommendations × 100, 2 dp")
            BigDecimal completionRate,

            @Schema(description = "Evidence links of the follow-up")
            List<String> evidence) {}

    /** A monitoring with its progress per unit, per kab/kota and overall. */
    @Schema(name = "Monitoring")
    public record MonitoringView(
            UUID id,
            String name,
            UUID sourceCycleId,
            String sourceCycleName,
            int sourceYear,
            @Schema(nullable = true) UUID nextCycleId,
            String openedBy,
            Instant openedAt,
            List<Progress> units,
            List<Progress> regions,
            Progress overall) {}

    /** One side of a pemantauan comparison: an assessment's status and, once verified, its result. */
    @Schema(name = "PemantauanResult")
    public record ResultSide(
            UUID assessmentId,
            String status,

            @Schema(nullable = true, description = "The verified result's graded value")
            java.math.BigDecimal value,

            @Schema(nullable = true) String bandCode,
            @Schema(nullable = true) String bandLabel) {}

    /** A lokus of a pemantauan cycle: its earlier result, its new one and the follow-up of its recommendations. */
    @Schema(name = "PemantauanUnit")
    public record PemantauanUnit(
            UUID unitId,
            @Schema(nullable = true) String unitName,
            String regionCode,

            @Schema(nullable = true, description = "The monitored cycle's assessment (null: not lokus then)")
            ResultSide previous,

            ResultSide current,

            @Schema(nullable = true, description = "Follow-up of the monitored cycle's recommendations (null: none)")
            Progress followUp) {}

    /** A pemantauan cycle beside the cycle it monitors. */
    @Schema(name = "Pemantauan")
    public record PemantauanView(
            UUID cycleId, int year, UUID monitorsCycleId, int monitoredYear, List<PemantauanUnit> units) {}
}
