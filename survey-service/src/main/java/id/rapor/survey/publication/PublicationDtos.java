package id.rapor.survey.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of survey result publication. */
public final class PublicationDtos {

    private PublicationDtos() {}

    /** Publish the unit's result over a period: now, or from an embargo instant; a correction says why. */
    @Schema(name = "PublishSurveyResult")
    public record PublishRequest(
            @Schema(description = "2026, 2026-S1, 2026-Q3, …; a year pools its campaigns", example = "2026-S1")
            @NotBlank
            @Size(max = 40)
            String period,

            @Schema(nullable = true, description = "Readers see the snapshot from this instant (future); none: at once")
            Instant embargoUntil,

            @Schema(
                    nullable = true,
                    description = "Required for a correction (when a version is already published)",
                    example = "Two responses were voided after review")
            @Size(max = 2000)
            String reason) {}
}
