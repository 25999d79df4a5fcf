package id.rapor.survey.vocabulary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the breakdown vocabularies. */
public final class VocabularyDtos {

    private VocabularyDtos() {}

    /** One term of a dimension's vocabulary and where it comes from. */
    @Schema(name = "SurveyVocabularyTerm")
    public record Term(
            @Schema(example = "occupation") String dimension,
            @Schema(example = "Wirausaha") String value,

            @Schema(description = "false: seeded from the regulation's sample questionnaire, not confirmed [U]")
            boolean confirmed,

            @Schema(description = "ALL_UNITS, UNIT or CAMPAIGN")
            String scope,

            String source) {}

    /** The answer options of a campaign's form, per dimension; anything else is counted as {@code other}. */
    @Schema(name = "SurveyVocabulary")
    public record VocabularyView(
            UUID campaignId,
            UUID unitId,

            @Schema(description = "The group of answers matching no term", example = "Lainnya")
            String other,

            Map<String, List<Term>> dimensions) {}

    /** The new terms of one dimension for a unit or a campaign. */
    @Schema(name = "SurveyVocabularyRequest")
    public record VocabularyRequest(
            @NotNull
            @Size(max = 100)
            @Schema(example = "[\"Perekaman KTP-el\", \"Kartu Keluarga\", \"Akta Kelahiran\"]")
            List<String> values) {}
}
