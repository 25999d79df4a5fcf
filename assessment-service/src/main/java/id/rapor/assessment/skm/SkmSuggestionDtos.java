package id.rapor.assessment.skm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the SKM indicator answers the system suggests from Rapor's own data. */
public final class SkmSuggestionDtos {

    private SkmSuggestionDtos() {}

    /** One indicator's suggestion, the facts behind it, and what the operator did with it. */
    @Schema(name = "SkmSuggestion")
    public record SuggestionView(
            @Schema(example = "8.a.Ak") String indicatorCode,
            @Schema(example = "RTL_DONE") String fact,

            @Schema(nullable = true, example = "5", description = "null when the facts do not decide the level")
            BigDecimal suggestedValue,

            @Schema(example = "1 of 1 RTL selesai (100.00 %)")
            String reason,

            @Schema(description = "Whether the reading of the facts into a level is confirmed by the sources")
            boolean confirmed,

            List<String> unconfirmed,

            @Schema(description = "Links to the survey records the facts come from")
            List<String> evidence,

            @Schema(description = "Version of the facts from the survey service")
            long factsVersion,

            @Schema(nullable = true, description = "The recorded answer's value")
            BigDecimal answeredValue,

            @Schema(nullable = true, description = "ACCEPTED (the system's value) or OVERRIDDEN (another, with a note)")
            String decision,

            @Schema(nullable = true) String note,
            @Schema(nullable = true) String decidedBy,
            @Schema(nullable = true) Instant decidedAt) {}

    /** The SKM suggestions of an assessment. */
    @Schema(name = "SkmSuggestions")
    public record Suggestions(
            int year,

            @Schema(description = "false until the survey service's facts for the unit and year have arrived")
            boolean factsAvailable,

            List<SuggestionView> items) {}

    /** The operator's decision on one suggestion. */
    @Schema(name = "SkmSuggestionDecision")
    public record DecisionRequest(
            @NotBlank @Schema(example = "accept", description = "accept or override")
            String decision,

            @Schema(nullable = true, example = "4", description = "Required to override")
            BigDecimal value,

            @Size(max = 4000) @Schema(nullable = true, description = "Required to override")
            String note) {}
}
