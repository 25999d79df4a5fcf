package id.rapor.survey.integrity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of survey integrity: challenges, form tokens, the review queue and void requests. */
public final class IntegrityDtos {

    private IntegrityDtos() {}

    /** A proof-of-work challenge (ALTCHA scheme). Find {@code number} in 0..maxnumber with sha256(salt+number). */
    @Schema(name = "SurveyChallenge")
    public record Challenge(
            @Schema(example = "SHA-256") String algorithm,

            @Schema(description = "hex sha256(salt + number)")
            String challenge,

            @Schema(description = "the secret number lies in 0..maxnumber")
            int maxnumber,

            @Schema(description = "random, with the expiry and campaign as query parameters")
            String salt,

            @Schema(description = "HMAC-SHA-256 of the challenge under the server's key")
            String signature) {}

    /** A campaign's public form token (what a QR code or kiosk link carries). */
    @Schema(name = "SurveyFormToken")
    public record FormToken(UUID campaignId, String formToken) {}

    /** A flagged response awaiting review: answers and flags only, no demographics or free text. */
    @Schema(name = "SurveyFlaggedResponse")
    public record FlaggedResponse(
            UUID campaignId,
            String responseId,
            String namespace,
            String channel,
            List<String> flags,
            Map<String, Integer> answers,
            @Schema(nullable = true) String batchReference,
            Instant submittedAt) {}

    /** A reviewer's decision on a flagged response. */
    @Schema(name = "SurveyReviewDecision")
    public record ReviewDecision(
            @NotNull @Pattern(regexp = "^(ACCEPT|EXCLUDE)$", message = "must be ACCEPT or EXCLUDE")
            String decision,

            @NotBlank @Size(max = 500) @Schema(example = "Formulir kertas diperiksa, sesuai buku tamu")
            String reason) {}

    /** The outcome of a review. */
    @Schema(name = "SurveyReviewResult")
    public record ReviewResult(
            UUID campaignId,
            String responseId,
            String namespace,
            String state,
            String reviewedBy,
            Instant reviewedAt,
            long respondents,
            long flagged,
            long excluded) {}

    /** A request by a unit's operator to void a response of its own unit, decided by an evaluator or admin. */
    @Schema(name = "SurveyVoidRequest2")
    public record VoidRequestView(
            UUID id,
            UUID campaignId,
            String responseId,
            String namespace,
            String reason,
            String requestedBy,
            Instant requestedAt,
            String state,
            @Schema(nullable = true) String decidedBy,
            @Schema(nullable = true) Instant decidedAt,
            @Schema(nullable = true) String decisionReason) {}

    /** An evaluator's decision on a void request. */
    @Schema(name = "SurveyVoidDecision")
    public record VoidDecision(
            @NotBlank @Size(max = 500) @Schema(example = "Duplikat, dicek di buku tamu")
            String reason) {}
}
