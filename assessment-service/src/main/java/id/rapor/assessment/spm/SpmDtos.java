package id.rapor.assessment.spm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the SPM catalogue, a Pemda's yearly entries and their summary. */
public final class SpmDtos {

    private SpmDtos() {}

    /** An SPM indicator as the catalogue shows it. */
    @Schema(name = "SpmIndicator")
    public record IndicatorView(
            String code,

            @Schema(description = "penerima, mutu or outcome")
            String kind,

            String name,
            @Schema(description = "What dilayani counts") String served,
            @Schema(description = "What sasaran counts") String sasaran,
            String targetRule,

            @Schema(description = "false when no source confirms the wording; reason says why")
            boolean confirmed,

            @Schema(nullable = true) String reason,
            String source) {}

    /** A jenis pelayanan dasar with its indicators. */
    @Schema(name = "SpmService")
    public record ServiceView(
            String code,
            @Schema(description = "provinsi or kabkota") String level,

            @Schema(description = "pendidikan, kesehatan, pekerjaan_umum, perumahan_rakyat, trantibumlinmas, sosial")
            String bidang,

            String name,
            String regulation,
            int validFrom,

            @Schema(description = "false when no source confirms the service; reason says why")
            boolean confirmed,

            @Schema(nullable = true) String reason,
            String source,
            List<IndicatorView> indicators) {}

    /** One indicator's sasaran and number served. */
    @Schema(name = "SpmEntry")
    public record Entry(
            @NotBlank @Size(max = 40) @Schema(example = "KK-KES-1.P")
            String indicatorCode,

            @NotNull @Min(0) @Schema(example = "1200", description = "Jumlah sasaran")
            Long sasaran,

            @NotNull
            @Min(0)
            @Schema(
                    example = "1140",
                    description = "Jumlah yang dilayani sesuai standar; may exceed sasaran (no source forbids it)")
            Long dilayani,

            @Size(max = 2000)
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(nullable = true, example = "https://dinkes.example.go.id/spm/2026/ibu-hamil.pdf")
            String evidenceUrl) {}

    /** The entries to record for a Pemda and year; indicators not named keep their earlier entry. */
    @Schema(name = "SpmEntriesRequest")
    public record EntriesRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull Entry> entries) {}

    /** One indicator of the Pemda's level with its entry of the year, if any. */
    @Schema(name = "SpmRow")
    public record Row(
            String bidang,
            String serviceCode,
            String service,
            String indicatorCode,
            String indicator,

            @Schema(description = "false when the service or indicator is unconfirmed")
            boolean confirmed,

            @Schema(nullable = true) String reason,
            @Schema(nullable = true) Long sasaran,
            @Schema(nullable = true) Long dilayani,

            @Schema(
                    nullable = true,
                    description = "dilayani ÷ sasaran × 100, half-up to 2 decimals; null when not "
                            + "entered or sasaran is 0")
            BigDecimal capaian,

            @Schema(nullable = true, description = "memenuhi (capaian ≥ 100) or tidak_memenuhi")
            String simpulan,

            @Schema(description = "dilayani > sasaran: allowed, sasaran are often estimates")
            boolean aboveSasaran,

            @Schema(nullable = true) String evidenceUrl,
            @Schema(nullable = true) String enteredBy,
            @Schema(nullable = true) Instant enteredAt) {}

    /** An evaluator's review of a Pemda's entries of a year. */
    @Schema(name = "SpmReviewRequest")
    public record ReviewRequest(
            @NotBlank
            @Pattern(regexp = "^(terverifikasi|dikembalikan)$", message = "must be terverifikasi or dikembalikan")
            @Schema(example = "dikembalikan", description = "terverifikasi or dikembalikan (returned for correction)")
            String verdict,

            @Size(max = 4000)
            @Schema(nullable = true, example = "Sasaran ibu hamil tidak sesuai proyeksi BPS; mohon diperbaiki")
            String note) {}

    /** The current review of a Pemda's entries of a year. */
    @Schema(name = "SpmReview")
    public record ReviewView(
            String verdict,
            @Schema(nullable = true) String note,
            String reviewedBy,
            Instant reviewedAt,

            @Schema(description = "true when an entry changed after the review")
            boolean entriesChangedSince) {}

    /** A Pemda's SPM sheet of a year: every indicator of its level, and the current review. */
    @Schema(name = "SpmSheet")
    public record Sheet(
            UUID pemdaId,
            String pemdaName,
            String regionCode,
            String level,
            int year,
            List<Row> rows,

            @Schema(nullable = true, description = "The latest review by an evaluator; null before any")
            ReviewView review) {}

    /** Counts and mean capaian of a group of indicators. */
    @Schema(name = "SpmGroupSummary")
    public record GroupSummary(
            @Schema(nullable = true, description = "The bidang; null for the overall line")
            String bidang,

            @Schema(description = "Indicators of the Pemda's level")
            int indicators,

            @Schema(description = "Indicators with an entry")
            int entered,

            @Schema(description = "Entered indicators with sasaran > 0 (the mean is over these)")
            int withCapaian,

            @Schema(
                    nullable = true,
                    description =
                            "Mean capaian %, exact then half-up to 2 decimals; capaian above " + "100 are not capped")
            BigDecimal meanCapaian,

            @Schema(description = "Indicators whose capaian is at least 100 %")
            int atTarget) {}

    /** A Pemda's SPM summary of a year, per bidang and overall. */
    @Schema(name = "SpmSummary")
    public record Summary(
            UUID pemdaId,
            String level,
            int year,
            List<GroupSummary> bidang,
            GroupSummary overall,

            @Schema(description = "Why the mean is not the official SPM index")
            String note) {}
}
