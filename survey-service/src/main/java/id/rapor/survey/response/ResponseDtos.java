package id.rapor.survey.response;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of survey responses. No name, NIK or phone number is ever asked for (UU PDP). */
public final class ResponseDtos {

    /** Client response ids: printable, no spaces. */
    public static final String CLIENT_ID = "^[A-Za-z0-9._:-]{1,100}$";

    private ResponseDtos() {}

    /** One respondent's answers, by item code, and optional demographics. */
    @Schema(name = "SurveyResponseRequest")
    public record ResponseRequest(
            @Pattern(regexp = CLIENT_ID, message = "must be 1 to 100 letters, digits, '.', '_', ':' or '-'")
            @Schema(
                    description = "The client's id of this response; a replay with the same id counts once",
                    example = "kiosk-7:000123")
            String clientResponseId,

            @NotNull
            @Size(min = 1, max = 100)
            @Schema(description = "Answer value per item code", example = "{\"U1\": 4, \"U2\": 3}")
            Map<String, Integer> answers,

            @Pattern(regexp = "^[LP]$", message = "must be L (laki-laki) or P (perempuan)")
            String gender,

            @Min(value = 10, message = "must be at least 10") @Max(value = 120, message = "must be at most 120")
            Integer age,

            @Pattern(regexp = "^\\d{1,3}(-\\d{1,3}|\\+)$", message = "must look like 20-29 or 60+")
            @Schema(example = "20-29")
            String ageBand,

            @Size(max = 60) @Schema(example = "D4/S1") String education,
            @Size(max = 60) @Schema(example = "Wirausaha") String occupation,

            @Size(max = 200) @Schema(example = "Perekaman KTP-el")
            String serviceUsed,

            @Size(max = 2000) @Schema(description = "Optional free text; never logged")
            String suggestion,

            @NotNull
            @Schema(
                    description = "Consent to process the demographics and suggestion; when false only "
                            + "the answers are kept")
            Boolean consent) {}

    /** The receipt of one accepted response; a replay returns the same receipt. */
    @Schema(name = "SurveyResponseReceipt")
    public record ResponseReceipt(
            String responseId,
            UUID campaignId,
            Instant submittedAt,

            @Schema(description = "The channel and caller the response id belongs to, e.g. WEB/public")
            String namespace) {}

    /** The outcome of a batch or CSV import. */
    @Schema(name = "SurveyBatchResult")
    public record BatchResult(
            UUID campaignId,
            int received,
            int accepted,
            int duplicates,

            @Schema(description = "Accepted rows held out of the tally until an evaluator reviews them")
            int flagged,

            long respondents,
            long tallyVersion) {}

    /** Why a response is voided. */
    @Schema(name = "SurveyVoidRequest")
    public record VoidRequest(
            @NotBlank @Size(max = 500) @Schema(example = "Diisi dua kali oleh petugas")
            String reason) {}

    /** A voided response: kept, flagged, excluded from results. */
    @Schema(name = "SurveyVoidResult")
    public record VoidResult(
            String responseId,
            UUID campaignId,
            boolean voided,
            String reason,
            Instant voidedAt,
            long respondents,
            long tallyVersion) {}
}
