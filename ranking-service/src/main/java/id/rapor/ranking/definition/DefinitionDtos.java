package id.rapor.ranking.definition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of index definitions. */
public final class DefinitionDtos {

    /** The band table used when a source names no regulation of its own. */
    public static final String DEFAULT_TABLE = "default";

    private DefinitionDtos() {}

    /** Where an index's values come from. */
    public enum Source {
        /** Survey tallies (sufficient statistics), combined into IKM. */
        SURVEY_TALLY,
        /** Verified assessments (PEKPPP, Ombudsman), optionally blended with a public survey. */
        ASSESSMENT
    }

    /** One grade: values at or above {@code lowerBound} (rounded to the definition's decimals) get it. */
    @Schema(name = "BandSpec")
    public record BandSpec(
            @NotNull @Schema(example = "88.31") BigDecimal lowerBound,
            @NotBlank @Size(max = 20) @Schema(example = "A") String code,

            @Size(max = 200) @Schema(example = "Sangat baik")
            String label,

            @Pattern(regexp = "HIJAU|KUNING|MERAH", message = "must be HIJAU, KUNING or MERAH")
            @Schema(example = "HIJAU")
            String zone) {}

    /** The public-survey (F-03) blend of an assessment index: {@code (1 − weight) × evaluator + weight × survey}. */
    @Schema(name = "Blend")
    public record Blend(
            @Size(max = 100) @Schema(example = "PEKPPP_F03") String questionnaireCode,

            @DecimalMin("0") @DecimalMax("1") @Schema(example = "0.25")
            BigDecimal weight,

            @Min(0) @Schema(example = "30") Integer minimumRespondents,

            @Pattern(regexp = "ZERO|EVALUATOR_ONLY", message = "must be ZERO or EVALUATOR_ONLY")
            @Schema(description = "Below the minimum: the survey counts as 0 (ZERO) or is left out (EVALUATOR_ONLY)")
            String belowMinimum,

            @Schema(description = "Whether the sources confirm weight, minimum and rule; unset means not confirmed")
            Boolean confirmed) {

        /** Whether the blend changes anything. */
        public boolean active() {
            return weight != null && weight.signum() > 0 && questionnaireCode != null;
        }
    }

    /** How sources are selected and combined. */
    @Schema(name = "DefinitionRules")
    public record Rules(
            @Schema(description = "Survey tallies of these questionnaires do not feed this survey index")
            List<String> excludeQuestionnaireCodes,

            @Min(1) @Schema(description = "Below this many respondents the index is insufficient data")
            Integer minimumRespondents,

            @Schema(
                    description =
                            "Which tier's verified assessment counts when several exist, most " + "authoritative first")
            List<String> tierPriority,

            @Valid Blend blend) {

        public List<String> excludedCodes() {
            return excludeQuestionnaireCodes == null ? List.of() : excludeQuestionnaireCodes;
        }

        public int minimumRespondentsOrOne() {
            return minimumRespondents == null ? 1 : minimumRespondents;
        }

        public List<String> tiers() {
            return tierPriority == null ? List.of() : tierPriority;
        }
    }

    /** A new version of a definition. Bands apply to the value rounded to {@code decimals}. */
    @Schema(name = "DefinitionRequest")
    public record DefinitionRequest(
            @NotBlank @Size(max = 200) String name,

            @NotBlank @Size(max = 500) @Schema(example = "PermenPANRB 14/2017")
            String legalBasis,

            @NotNull @Schema(example = "2027-01-01") LocalDate effectiveFrom,
            @NotNull Source source,
            @NotNull BigDecimal scaleMin,
            @NotNull BigDecimal scaleMax,
            @NotNull @Min(0) @Max(6) Integer decimals,

            @Schema(
                    description = "Only for an index no producer grades: band tables by regulation (\"default\" "
                            + "for any other). An index a producer grades uses the producer's table from its events.")
            Map<String, @NotEmpty List<@Valid @NotNull BandSpec>> bandTables,

            @Valid Rules rules,
            @Size(max = 2000) String note) {}

    /** One version of a definition. */
    @Schema(name = "IndexDefinition")
    public record DefinitionView(
            String code,
            int version,
            String name,
            String legalBasis,
            LocalDate effectiveFrom,
            Source source,
            BigDecimal scaleMin,
            BigDecimal scaleMax,
            int decimals,
            @Schema(nullable = true) Map<String, List<BandSpec>> bandTables,
            Rules rules,
            @Schema(nullable = true) String note,
            String createdBy,
            Instant createdAt) {}

    /** The version created and how many unit results were recomputed with it. */
    @Schema(name = "DefinitionChange")
    public record DefinitionChange(DefinitionView definition, int resultsRecomputed) {}
}
