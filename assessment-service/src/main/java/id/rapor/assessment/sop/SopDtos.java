package id.rapor.assessment.sop;

import jakarta.validation.Valid;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the SOP register and the evaluation of SOP implementation. */
public final class SopDtos {

    private SopDtos() {}

    /** The SOP-AP header of an SOP (PermenPANRB 35/2012; REFERENCE §5), to register or revise it. */
    @Schema(name = "SopRequest")
    public record SopRequest(
            @NotBlank @Size(max = 100) @Schema(example = "SOP-DKP/PD/01/2026", description = "Nomor SOP")
            String number,

            @NotBlank @Size(max = 300) @Schema(example = "Penerbitan Kartu Keluarga", description = "Nama SOP")
            String title,

            @NotNull @Schema(example = "2026-01-05", description = "Tanggal pembuatan")
            LocalDate madeDate,

            @Schema(nullable = true, example = "2026-06-01", description = "Tanggal revisi (required when revising)")
            LocalDate revisedDate,

            @NotNull @Schema(example = "2026-01-15", description = "Tanggal efektif")
            LocalDate effectiveDate,

            @NotBlank @Size(max = 200) @Schema(example = "Drs. Andi Saputra", description = "Disahkan oleh: nama")
            String approverName,

            @Pattern(regexp = "^\\d{18}$", message = "must be an 18-digit NIP")
            @Schema(nullable = true, example = "197001011990031001", description = "Disahkan oleh: NIP")
            String approverNip,

            @NotBlank
            @Size(max = 200)
            @Schema(example = "Kepala Dinas Kependudukan dan Pencatatan Sipil", description = "Disahkan oleh: jabatan")
            String approverPosition,

            @NotBlank @Size(max = 4000) @Schema(example = "UU 24/2013; Perpres 96/2018", description = "Dasar hukum")
            String legalBasis,

            @Size(max = 4000) @Schema(nullable = true, description = "Kualifikasi pelaksana")
            String implementerQualification,

            @Size(max = 4000) @Schema(nullable = true, description = "Keterkaitan (related SOPs)")
            String relatedSops,

            @Size(max = 4000) @Schema(nullable = true, description = "Peralatan/perlengkapan")
            String equipment,

            @Size(max = 4000) @Schema(nullable = true, description = "Peringatan")
            String warnings,

            @Size(max = 4000) @Schema(nullable = true, description = "Pencatatan dan pendataan")
            String records,

            @Size(max = 2000)
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(nullable = true, example = "https://disdukcapil.example.go.id/sop/kk.pdf")
            String documentUrl,

            @Pattern(regexp = "^(draft|ditetapkan|dicabut)$", message = "must be draft, ditetapkan or dicabut")
            @Schema(nullable = true, example = "ditetapkan", description = "draft, ditetapkan or dicabut; new: draft")
            String status,

            @Size(max = 1000)
            @Schema(nullable = true, example = "Penyesuaian persyaratan", description = "Required when revising")
            String revisionReason) {}

    /** An SOP with its current header. */
    @Schema(name = "Sop")
    public record SopView(
            UUID id,
            UUID unitId,
            @Schema(nullable = true) String unitName,
            @Schema(nullable = true) String regionCode,
            String number,
            String title,
            LocalDate madeDate,
            @Schema(nullable = true) LocalDate revisedDate,
            LocalDate effectiveDate,
            String approverName,
            @Schema(nullable = true) String approverNip,
            String approverPosition,
            String legalBasis,
            @Schema(nullable = true) String implementerQualification,
            @Schema(nullable = true) String relatedSops,
            @Schema(nullable = true) String equipment,
            @Schema(nullable = true) String warnings,
            @Schema(nullable = true) String records,
            @Schema(nullable = true) String documentUrl,
            @Schema(example = "ditetapkan") String status,

            @Schema(description = "1 when made, +1 per revision")
            int revision,

            @Schema(description = "Earlier revisions, oldest first")
            List<RevisionView> history,

            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt) {}

    /** An earlier revision: the header it had, who replaced it and why. */
    @Schema(name = "SopRevision")
    public record RevisionView(
            int revision,

            @Schema(description = "The header of that revision, as JSON")
            String header,

            String replacedBy,
            Instant replacedAt,
            String reason) {}

    /** The answer to one criterion. */
    @Schema(name = "SopCriterionAnswer")
    public record Answer(
            @NotNull @Min(1) @Schema(example = "1") Integer number,

            @NotNull @Schema(example = "true", description = "Ya (true) or Tidak (false)")
            Boolean yes,

            @Size(max = 2000) @Schema(nullable = true) String note) {}

    /** An evaluation of how an SOP is applied. */
    @Schema(name = "SopEvaluationRequest")
    public record EvaluationRequest(
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026")
            Integer year,

            @NotBlank
            @Pattern(
                    regexp = "^(berjalan_baik|tidak_berjalan_baik)$",
                    message = "must be berjalan_baik or tidak_berjalan_baik")
            @Schema(example = "berjalan_baik", description = "Tabel 7: penilaian terhadap penerapan")
            String application,

            @NotBlank
            @Pattern(
                    regexp = "^(observasi|wawancara_pelaksana|wawancara_pelanggan|diskusi_kelompok|pengarahan)$",
                    message = "must be observasi, wawancara_pelaksana, wawancara_pelanggan, diskusi_kelompok or "
                            + "pengarahan")
            @Schema(example = "observasi")
            String method,

            @Size(max = 4000) @Schema(nullable = true, description = "Catatan hasil penilaian")
            String note,

            @Size(max = 4000) @Schema(nullable = true, description = "Tindakan yang harus diambil")
            String action,

            @Schema(nullable = true, example = "1", description = "Criteria set version; default 1 (7 criteria)")
            Integer criteriaVersion,

            @NotEmpty @Size(max = 50) List<@Valid @NotNull Answer> answers) {}

    /** A recorded evaluation with its derived results. */
    @Schema(name = "SopEvaluation")
    public record EvaluationView(
            UUID id,
            UUID sopId,
            UUID unitId,
            int year,

            @Schema(description = "The SOP revision evaluated")
            int sopRevision,

            @Schema(example = "berjalan_baik") String application,
            @Schema(example = "observasi") String method,
            @Schema(nullable = true) String note,
            @Schema(nullable = true) String action,
            CriteriaView criteria,
            List<AnsweredCriterion> answers,
            int yes,

            @Schema(description = "Any criterion answered tidak: the SOP needs revision")
            boolean needsRevision,

            @Schema(example = "85.71", description = "yes ÷ criteria × 100, 2 dp: a local score, see criteria")
            BigDecimal score,

            String evaluatedBy,
            Instant evaluatedAt) {}

    /** One criterion with its answer. */
    @Schema(name = "SopAnsweredCriterion")
    public record AnsweredCriterion(
            int number,
            String text,
            boolean yes,
            @Schema(nullable = true) String note) {}

    /** The criteria set an evaluation used, with whether a source confirms it and its score. */
    @Schema(name = "SopCriteriaSet")
    public record CriteriaView(
            int version,
            String name,
            boolean confirmed,
            @Schema(nullable = true) String reason,
            String source,

            @Schema(description = "Why the score is not an official result")
            String scoreReason,

            List<String> criteria) {}

    /** A unit's SOP coverage and compliance in a year. */
    @Schema(name = "SopUnitSummary")
    public record UnitSummary(
            UUID unitId,
            int year,

            @Schema(description = "SOPs in force (ditetapkan)")
            long sops,

            long drafts,
            long revoked,

            @Schema(description = "SOPs in force evaluated in the year")
            long evaluated,

            @Schema(nullable = true, example = "66.67", description = "evaluated ÷ sops × 100, 2 dp")
            BigDecimal coverage,

            @Schema(description = "Evaluated SOPs whose latest evaluation of the year says berjalan baik")
            long appliedWell,

            @Schema(nullable = true, example = "50.00", description = "appliedWell ÷ evaluated × 100, 2 dp")
            BigDecimal compliance,

            @Schema(description = "Evaluated SOPs whose latest evaluation has a tidak")
            long needsRevision,

            @Schema(nullable = true, description = "Mean of the latest scores, 2 dp (local score)")
            BigDecimal meanScore) {}
}
