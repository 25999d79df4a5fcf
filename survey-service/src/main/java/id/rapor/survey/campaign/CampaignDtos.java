package id.rapor.survey.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of campaigns. */
public final class CampaignDtos {

    private CampaignDtos() {}

    /** A campaign to open. */
    @Schema(name = "CampaignRequest")
    public record CampaignRequest(
            @NotNull @Schema(description = "A unit known to the survey service and active")
            UUID unitId,

            @NotNull @Schema(description = "The questionnaire version")
            UUID questionnaireId,

            @NotBlank
            @Size(max = 30)
            @Schema(description = "2026, 2026-S1, 2026-Q3 or 2026-01-01..2026-03-31", example = "2026-S1")
            String period,

            @Positive @Schema(description = "Service users in the period (for the minimum sample)", example = "1000")
            Long population,

            @Size(max = 200) @Schema(example = "SKM Semester I 2026")
            String title) {}

    /** A campaign with its current tally. */
    @Schema(name = "Campaign")
    public record CampaignView(
            UUID id,
            UUID unitId,
            UUID questionnaireId,
            String questionnaireCode,
            int questionnaireVersion,
            String title,
            String period,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Schema(nullable = true) Long population,
            String status,
            long respondents,
            long tallyVersion,
            Instant createdAt,
            @Schema(nullable = true) Instant closedAt,

            @Schema(description = "Responses held out of the tally until an evaluator reviews them")
            long flagged,

            @Schema(description = "Responses an evaluator excluded")
            long excluded,

            @Schema(
                    nullable = true,
                    description = "The public form token (QR code, kiosk link); shown to the unit's managers only, "
                            + "null when revoked")
            String formToken) {}
}
