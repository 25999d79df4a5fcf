package id.rapor.ranking.definition;

import id.rapor.events.GradeScale;
import id.rapor.ranking.definition.DefinitionDtos.DefinitionRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of a what-if preview of a definition or a producer's grading. */
public final class PreviewDtos {

    private PreviewDtos() {}

    /** What to preview: a new definition version, a new band table of the producer's instrument or questionnaire, or both. */
    @Schema(name = "DefinitionPreviewRequest")
    public record PreviewRequest(
            @NotBlank @Schema(example = "2024", description = "The period to compare")
            String period,

            @Valid @Schema(description = "The definition version to preview, as it would be published")
            DefinitionRequest definition,

            @Schema(
                    description = "The grading of a new instrument or questionnaire version (its band table), in place "
                            + "of the one the producers' events carry: for an assessment index, every fact of the index; "
                            + "for a survey index, the tallies of the scale's regulation")
            GradeScale scale) {}

    /** A unit's or region's standing before or after. */
    @Schema(name = "PreviewStanding")
    public record Standing(
            BigDecimal value,
            String bandCode,
            String zone,

            @Schema(description = "Competition rank nationally (units) or among regions of the level")
            Integer rank) {}

    /** A unit whose value, band, zone or rank would change. */
    @Schema(name = "PreviewUnitChange")
    public record UnitChange(
            UUID unitId,
            String name,
            String regionCode,
            Standing before,
            Standing after,
            @Schema(description = "VALUE, BAND, ZONE, RANK") List<String> changes) {}

    /** A region whose roll-up would change. */
    @Schema(name = "PreviewRegionChange")
    public record RegionChange(
            String regionCode,
            @Schema(description = "regency or province") String level,
            Standing before,
            Standing after,
            List<String> changes) {}

    /** The outcome: what would change, before and after; nothing is written. */
    @Schema(name = "DefinitionPreview")
    public record Preview(
            String code,
            String period,

            @Schema(description = "Unit results compared (either side)")
            int unitsCompared,

            List<UnitChange> units,

            @Schema(description = "Regional roll-ups compared (either side)")
            int regionsCompared,

            List<RegionChange> regions) {}
}
