package id.rapor.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.rapor.assessment.unit.SubjectKind;
import id.rapor.events.Basis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of evaluation instruments; the aspect, indicator and band records are also the stored definition. */
public final class InstrumentDtos {

    private InstrumentDtos() {}

    /** A new instrument, or the content of a new version of one. */
    @Schema(name = "InstrumentRequest")
    public record InstrumentRequest(
            @NotBlank
            @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be 2-40 of A-Z, 0-9, _")
            @Schema(example = "PEKPPP")
            String code,

            @NotBlank @Size(max = 300) String name,

            @NotBlank
            @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be 2-40 of A-Z, 0-9, _")
            @Schema(example = "IPP")
            String indexCode,

            @NotBlank @Size(max = 1000) @Schema(example = "PermenPANRB 29/2022 jo. 4/2023")
            String legalBasis,

            @Min(1900) @Max(2200) Integer validFromYear,
            @Min(1900) @Max(2200) Integer validToYear,
            @NotNull @Positive @Schema(example = "5") BigDecimal scaleMax,
            @NotEmpty List<@Valid @NotNull AspectDef> aspects,
            @NotEmpty List<@Valid @NotNull BandDef> bands,

            @Min(0)
            @Max(6)
            @Schema(
                    description = "Decimals the total is rounded to (half-up) before grading; " + "default 2",
                    example = "2")
            Integer decimals,

            @Schema(description = "Whether the sources confirm the band cut-offs and zones; default true")
            Boolean bandsConfirmed,

            @Schema(description = "Parts the sources do not confirm (weights, texts, cut-offs); results say so")
            List<@NotBlank @Size(max = 300) String> unconfirmed,

            @Schema(
                    description = "Lokus rule: the subject kinds the version assesses (UNIT, PEMDA, INSTANSI); "
                            + "default [UNIT]",
                    example = "[\"PEMDA\"]")
            List<@NotNull SubjectKind> subjectKinds) {

        public int decimalsOrDefault() {
            return decimals == null ? 2 : decimals;
        }

        /** The subject kinds, default a unit only. */
        public List<SubjectKind> subjectKindsOrDefault() {
            return subjectKinds == null || subjectKinds.isEmpty()
                    ? List.of(SubjectKind.UNIT)
                    : subjectKinds.stream().distinct().toList();
        }
    }

    /** An aspect (dimension) with its weight in percent of the total and its indicators. */
    @Schema(name = "Aspect")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AspectDef(
            @NotBlank @Size(max = 40) @Schema(example = "a") String code,

            @NotBlank @Size(max = 300) @Schema(example = "Kebijakan Pelayanan")
            String name,

            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "24")
            BigDecimal weight,

            @NotEmpty List<@Valid @NotNull IndicatorDef> indicators) {}

    /** An indicator: code, text, weight in percent of its aspect, answer type and, for rubrics, the level texts. */
    @Schema(name = "Indicator")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorDef(
            @NotBlank @Size(max = 40) @Schema(example = "1.a.Ak")
            String code,

            @NotBlank @Size(max = 1000) String text,

            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "17")
            BigDecimal weight,

            @NotNull AnswerType answerType,
            List<@Valid @NotNull LevelDef> levels,

            @Schema(description = "NUMBER: smallest allowed value (default 0)")
            BigDecimal min,

            @Schema(description = "NUMBER: largest allowed value (default the scale maximum)")
            BigDecimal max,

            @Schema(description = "YES_NO: the score of a yes (default the scale maximum)")
            BigDecimal yesValue,

            List<@Valid @NotNull EvidenceSlotDef> evidence,

            @Schema(description = "CHECKLIST: the items that may be ticked")
            List<@Valid @NotNull ChecklistItemDef> items,

            @Schema(
                    description = "How the measure becomes the score: AS_IS, LINEAR or THRESHOLDS (default AS_IS; "
                            + "LINEAR for CHECKLIST and PERCENT_OF_TARGET; THRESHOLDS for COUNT)")
            ScoreMapping mapping,

            @Schema(description = "THRESHOLDS: the score from each measure up, atLeast ascending")
            List<@Valid @NotNull ThresholdDef> thresholds,

            @Schema(description = "LINEAR: a lower measure is better (the scale direction is reversed)")
            Boolean reversed,

            @Schema(description = "MULTI_YEAR: how many consecutive years an answer covers", example = "3")
            Integer years,

            @Schema(description = "MULTI_YEAR: how the years combine (MEAN, SUM, LAST, MIN, MAX; default MEAN)")
            YearCombine combine,

            @Pattern(
                    regexp = "^(SOP|SPM|INNOVATION):[A-Z_]{1,40}(:[A-Za-z0-9_.-]{1,40})?$",
                    message = "must be REGISTER:MEASURE[:ARGUMENT] with REGISTER one of SOP, SPM, INNOVATION")
            @Schema(
                    nullable = true,
                    description = "The register measure that proposes this indicator's answer from the subject's "
                            + "register of the cycle's year (GET .../assessments/{id}/register-answers): "
                            + "REGISTER:MEASURE[:ARGUMENT]",
                    example = "SPM:SERVED:KK-DIK-1.P")
            String source) {

        /** The mapping, or the default of the answer type. */
        public ScoreMapping mappingOrDefault() {
            if (mapping != null) {
                return mapping;
            }
            return switch (answerType) {
                case CHECKLIST, PERCENT_OF_TARGET -> ScoreMapping.LINEAR;
                case COUNT -> ScoreMapping.THRESHOLDS;
                default -> ScoreMapping.AS_IS;
            };
        }

        public YearCombine combineOrDefault() {
            return combine == null ? YearCombine.MEAN : combine;
        }

        public boolean isReversed() {
            return Boolean.TRUE.equals(reversed);
        }
    }

    /** One item of a CHECKLIST indicator. */
    @Schema(name = "ChecklistItem")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChecklistItemDef(
            @NotBlank @Size(max = 40) @Schema(example = "sk")
            String code,

            @NotBlank @Size(max = 1000) String text) {}

    /** A step of a THRESHOLDS mapping: a measure at or above {@code atLeast} scores {@code score}. */
    @Schema(name = "ScoreThreshold")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ThresholdDef(
            @NotNull @Schema(example = "3") BigDecimal atLeast,
            @NotNull @Schema(example = "75") BigDecimal score) {}

    /** One rubric level and what it means for this indicator. */
    @Schema(name = "RubricLevel")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LevelDef(
            @Min(0) @Max(100) int level,
            @NotBlank @Size(max = 1000) String text) {}

    /** A place for supporting evidence (bukti dukung) an answer must or may carry. */
    @Schema(name = "EvidenceSlot")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvidenceSlotDef(
            @NotBlank @Size(max = 40) @Schema(example = "bukti")
            String code,

            @NotBlank @Size(max = 500) String label,
            boolean required) {}

    /** A band of the grade table: totals at or above the lower bound, up to the next band. */
    @Schema(name = "GradeBand")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BandDef(
            @NotNull @Schema(example = "4.51") BigDecimal lowerBound,
            @NotBlank @Size(max = 10) @Schema(example = "A") String code,

            @NotBlank @Size(max = 200) @Schema(example = "Pelayanan Prima")
            String label,

            @Pattern(regexp = "HIJAU|KUNING|MERAH", message = "must be HIJAU, KUNING or MERAH")
            @Schema(example = "HIJAU")
            String zone) {}

    /** The stored content of a version. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definition(List<AspectDef> aspects, List<BandDef> bands) {}

    /** A published, immutable instrument version. */
    @Schema(name = "InstrumentVersion")
    public record InstrumentView(
            UUID id,
            String code,
            int version,
            String name,
            String indexCode,
            String legalBasis,
            Integer validFromYear,
            @Schema(nullable = true) Integer validToYear,
            BigDecimal scaleMax,
            Instant createdAt,
            String createdBy,
            List<AspectDef> aspects,
            List<BandDef> bands,

            @Schema(description = "Decimals the total is rounded to (half-up) before grading")
            int decimals,

            @Schema(description = "Whether the sources confirm the band cut-offs and zones")
            boolean bandsConfirmed,

            @Schema(description = "confirmed false, with reasons, when a part of the version is not confirmed")
            Basis basis,

            @Schema(description = "Lokus rule: the subject kinds the version assesses")
            List<SubjectKind> subjectKinds) {}

    /** A version without its content, for lists. */
    @Schema(name = "InstrumentVersionSummary")
    public record InstrumentSummary(
            UUID id,
            String code,
            int version,
            String name,
            String indexCode,
            String legalBasis,
            Integer validFromYear,
            @Schema(nullable = true) Integer validToYear,
            Instant createdAt) {}
}
