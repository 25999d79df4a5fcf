package id.rapor.assessment.assessment;

import id.rapor.assessment.cycle.Phase;
import id.rapor.assessment.cycle.Tier;
import id.rapor.assessment.instrument.Scoring;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of assessments. */
public final class AssessmentDtos {

    private AssessmentDtos() {}

    /** One piece of evidence (bukti dukung) in a slot of the indicator: a link or a file reference, and a note. */
    @Schema(name = "Evidence")
    public record EvidenceItem(
            @NotBlank @Size(max = 40) @Schema(example = "bukti")
            String slot,

            @Size(max = 2000) @Schema(example = "https://sippn.menpan.go.id/...")
            String link,

            @Size(max = 500) @Schema(example = "files/2026/sk-standar-pelayanan.pdf")
            String fileRef,

            @Size(max = 2000) String note) {}

    /**
     * The operator's answer to one indicator: a value (rubric level, 1/0 for yes/no, number, count) or, for a
     * CHECKLIST, PERCENT_OF_TARGET or MULTI_YEAR indicator, its parts.
     */
    @Schema(name = "Answer")
    public record AnswerItem(
            @NotBlank @Schema(example = "1.a.Ak") String indicatorCode,

            @Schema(example = "4", description = "The answer of a RUBRIC, YES_NO, NUMBER or COUNT indicator")
            BigDecimal value,

            List<@Valid @NotNull EvidenceItem> evidence,
            @Size(max = 4000) String note,

            @Size(max = 50) @Schema(description = PARTS)
            Map<@NotBlank @Size(max = 40) String, @NotNull BigDecimal> parts) {

        /** A plain value with evidence and a note. */
        public AnswerItem(String indicatorCode, BigDecimal value, List<EvidenceItem> evidence, String note) {
            this(indicatorCode, value, evidence, note, null);
        }
    }

    private static final String PARTS = "The answer of a CHECKLIST (item code to 1 or 0), PERCENT_OF_TARGET "
            + "(target and achieved) or MULTI_YEAR (year to value) indicator";

    /** Answers to record (each replaces an earlier answer to the same indicator). */
    @Schema(name = "AnswersRequest")
    public record AnswersRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull AnswerItem> answers) {}

    /** An evaluator's score of one indicator with a note. */
    @Schema(name = "ScoreItem")
    public record ScoreItem(
            @NotBlank @Schema(example = "1.a.Ak") String indicatorCode,

            @Schema(example = "3", description = "The score of a RUBRIC, YES_NO, NUMBER or COUNT indicator")
            BigDecimal value,

            @Size(max = 4000) String note,

            @Size(max = 50) @Schema(description = PARTS)
            Map<@NotBlank @Size(max = 40) String, @NotNull BigDecimal> parts) {}

    /** Scores to record in one tier (each replaces an earlier score of the same indicator in that tier). */
    @Schema(name = "ScoresRequest")
    public record ScoresRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull ScoreItem> scores) {}

    /** A member of a field-visit team. */
    @Schema(name = "FieldVisitMember")
    public record FieldVisitMember(
            @NotBlank @Size(max = 200) @Schema(example = "Andi Pratama")
            String name,

            @Pattern(regexp = "^\\d{18}$", message = "must be an 18-digit NIP")
            @Schema(nullable = true, example = "198503122010011003")
            String nip,

            @NotBlank @Size(max = 100) @Schema(example = "Ketua Tim")
            String role) {}

    /** A score the field visit adjusts, with the reason (kept as the score's note and in the audit trail). */
    @Schema(name = "FieldVisitAdjustment")
    public record FieldVisitAdjustment(
            @NotBlank @Schema(example = "1.a.Ak") String indicatorCode,

            @Schema(example = "2", description = "The score of a RUBRIC, YES_NO, NUMBER or COUNT indicator")
            BigDecimal value,

            @Size(max = 50) @Schema(description = PARTS)
            Map<@NotBlank @Size(max = 40) String, @NotNull BigDecimal> parts,

            @Size(max = 4000)
            @Schema(required = true, description = "Why the score changes (required)", example = "SOP tidak dipajang")
            String reason) {}

    /** A field visit (verifikasi lapangan) to record. */
    @Schema(name = "FieldVisitRequest")
    public record FieldVisitRequest(
            @NotNull
            @Schema(
                    description = "The tier of the visiting evaluator, whose scores the adjustments replace",
                    example = "PROVINSI")
            Tier tier,

            @NotNull @Schema(description = "Within the cycle year, not in the future", example = "2026-07-15")
            java.time.LocalDate visitDate,

            @NotEmpty @Size(max = 50) List<@Valid @NotNull FieldVisitMember> team,

            @NotBlank @Size(max = 20000) @Schema(example = "Ruang tunggu tertata; SOP tidak dipajang di loket")
            String observations,

            @Size(max = 50)
            @Schema(description = "Photos as evidence: https links", example = "[\"https://bukti.example/foto-1.jpg\"]")
            List<@NotBlank @Size(max = 2000) String> photos,

            @Size(max = 500) List<@Valid @NotNull FieldVisitAdjustment> adjustedScores) {}

    /** A recorded field visit; never changed (a correction is a new visit). */
    @Schema(name = "FieldVisit")
    public record FieldVisitView(
            UUID id,
            UUID assessmentId,
            Tier tier,
            java.time.LocalDate visitDate,
            List<FieldVisitMember> team,
            String observations,
            List<String> photos,
            List<FieldVisitAdjustment> adjustedScores,
            String recordedBy,
            Instant recordedAt) {}

    /** Why an assessment goes back to the unit. */
    @Schema(name = "ReturnRequest")
    public record ReturnRequest(@NotBlank @Size(max = 4000) String reason) {}

    /** A recorded answer. */
    @Schema(name = "AnswerView")
    public record AnswerView(
            String indicatorCode,
            @Schema(nullable = true) BigDecimal value,
            List<EvidenceItem> evidence,
            @Schema(nullable = true) String note,
            String answeredBy,
            Instant answeredAt,
            @Schema(nullable = true, description = PARTS) Map<String, BigDecimal> parts) {}

    /** A recorded score. */
    @Schema(name = "ScoreView")
    public record ScoreView(
            String indicatorCode,
            BigDecimal value,
            @Schema(nullable = true) String note,
            String scoredBy,
            Instant scoredAt,
            @Schema(nullable = true, description = PARTS) Map<String, BigDecimal> parts) {}

    /** One tier's scores and, once every weighted indicator has one, its result with all inputs. */
    @Schema(name = "TierView")
    public record TierView(
            Tier tier,
            boolean complete,
            List<ScoreView> scores,
            @Schema(nullable = true) Scoring.Result result) {}

    /** An assessment with its answers, each tier's scores and results, and the final result once verified. */
    @Schema(name = "Assessment")
    public record AssessmentView(
            UUID id,
            UUID cycleId,
            int year,
            UUID unitId,
            String regionCode,
            AssessmentStatus status,
            long version,
            String instrumentCode,
            int instrumentVersion,
            String indexCode,
            @Schema(nullable = true) Phase phase,
            @Schema(nullable = true) Tier finalTier,
            List<AnswerView> answers,
            List<TierView> tiers,

            @Schema(nullable = true, description = "The final tier's result, once the assessment is verified")
            Scoring.Result result,

            Instant createdAt,
            Instant updatedAt) {}

    /** An assessment in a list. */
    @Schema(name = "AssessmentSummary")
    public record AssessmentSummary(
            UUID id,
            UUID cycleId,
            UUID unitId,
            String regionCode,
            AssessmentStatus status,
            long version,
            Instant updatedAt) {

        static AssessmentSummary of(Assessment a) {
            return new AssessmentSummary(a.id, a.cycleId, a.unitId, a.regionCode, a.status, a.version, a.updatedAt);
        }
    }
}
