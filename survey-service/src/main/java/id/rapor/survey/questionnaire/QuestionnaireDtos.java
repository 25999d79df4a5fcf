package id.rapor.survey.questionnaire;

import id.rapor.events.Basis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of questionnaires. */
public final class QuestionnaireDtos {

    /** Item codes: letters, digits, dots, dashes and underscores ({@code U1}, {@code 1.a.K1}). */
    public static final String ITEM_CODE = "^[A-Za-z0-9._-]{1,40}$";

    private QuestionnaireDtos() {}

    /** A new version derived from an existing one: its full item list (added items, new weights). */
    @Schema(name = "QuestionnaireVersionRequest")
    public record NewVersionRequest(
            @NotNull @Schema(description = "The version this one is derived from")
            UUID basedOn,

            @Schema(description = "The unit that will use it; omitted for a new standard version (admin only)")
            UUID unitId,

            @Size(max = 200) String name,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull ItemRequest> items) {}

    /** One item of a new version. */
    @Schema(name = "QuestionnaireItemRequest")
    public record ItemRequest(
            @NotBlank
            @Pattern(regexp = ITEM_CODE, message = "must be 1 to 40 letters, digits, '.', '-' or '_'")
            @Schema(example = "U10")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Kebersihan ruang tunggu")
            String name,

            @NotBlank @Size(max = 1000) String question,

            @NotBlank @Size(max = 40) @Schema(description = "Exact fraction or decimal", example = "1/10")
            String weight,

            @NotEmpty List<@NotBlank String> labels) {}

    /** A questionnaire version as stored. */
    @Schema(name = "Questionnaire")
    public record QuestionnaireView(
            UUID id,
            String code,
            int version,
            String name,
            String regulation,
            @Schema(nullable = true) UUID unitId,
            @Schema(nullable = true) UUID basedOn,
            int scaleMin,
            int scaleMax,
            boolean confirmed,
            @Schema(nullable = true) String note,
            List<ItemView> items,
            List<BandView> bands,

            @Schema(description = "Decimals IKM (25–100) is rounded to, half-up, before it is graded")
            int decimals,

            @Schema(description = "Whether the sources confirm the bands' cut-offs and zones")
            boolean bandsConfirmed,

            @Schema(description = "confirmed false, with reasons, when a part of the version is not confirmed")
            Basis basis) {

        static QuestionnaireView of(Questionnaire q) {
            return new QuestionnaireView(
                    q.id,
                    q.code,
                    q.version,
                    q.name,
                    q.regulation,
                    q.unitId,
                    q.basedOn,
                    q.scaleMin,
                    q.scaleMax,
                    q.confirmed,
                    q.note,
                    q.items.stream()
                            .map(i -> new ItemView(i.code, i.name, i.question, i.weight, i.labels))
                            .toList(),
                    q.bands.stream()
                            .sorted((a, b) -> b.lowerBound.compareTo(a.lowerBound))
                            .map(b -> new BandView(b.code, b.label, b.lowerBound, b.zone))
                            .toList(),
                    q.decimals,
                    q.bandsConfirmed,
                    q.basis());
        }
    }

    /** One item: code, texts, weight ({@code "1/9"}) and the label of each answer value from the scale's minimum. */
    @Schema(name = "QuestionnaireItem")
    public record ItemView(String code, String name, String question, String weight, List<String> labels) {}

    /** One grade band: inclusive lower bound on the 25–100 scale. */
    @Schema(name = "QuestionnaireBand")
    public record BandView(
            String code,
            String label,
            BigDecimal lowerBound,
            @Schema(example = "HIJAU") String zone) {}
}
