package id.rapor.assessment.innovation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the innovation register and its region summary. */
public final class InnovationDtos {

    private InnovationDtos() {}

    /** One evidence link. */
    @Schema(name = "InnovationEvidence")
    public record EvidenceLink(
            @NotBlank @Size(max = 200) @Schema(example = "SK Kepala Dinas penerapan inovasi")
            String label,

            @NotBlank
            @Size(max = 2000)
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(example = "https://dukcapil.example.go.id/inovasi/sk.pdf")
            String url) {}

    /** An innovation to register, or its new state. */
    @Schema(name = "InnovationRequest")
    public record InnovationRequest(
            @NotBlank @Size(max = 300) @Schema(example = "Jemput bola perekaman KTP-el di kelurahan")
            String name,

            @NotBlank @Size(max = 300) @Schema(example = "Seksi Pelayanan Pendaftaran Penduduk")
            String innovator,

            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026", description = "The year it counts for")
            Integer year,

            @NotBlank
            @Pattern(regexp = "^(digital|non_digital)$", message = "must be digital or non_digital")
            @Schema(example = "non_digital")
            String jenis,

            @NotBlank
            @Pattern(
                    regexp = "^(tata_kelola|pelayanan_publik|lainnya)$",
                    message = "must be tata_kelola, pelayanan_publik or lainnya")
            @Schema(example = "pelayanan_publik")
            String bentuk,

            @Pattern(
                    regexp = "^(kepala_daerah|dprd|perangkat_daerah|asn|masyarakat)$",
                    message = "must be kepala_daerah, dprd, perangkat_daerah, asn or masyarakat")
            @Schema(nullable = true, example = "perangkat_daerah")
            String inisiator,

            @Size(max = 4000) @Schema(nullable = true) String purpose,
            @Size(max = 4000) @Schema(nullable = true) String benefit,
            @Size(max = 4000) @Schema(nullable = true) String result,

            @Schema(
                    nullable = true,
                    example = "inisiatif",
                    description = "inisiatif, uji_coba or penerapan; new innovations default to inisiatif, "
                            + "updates move one step forward or stay")
            String stage,

            @Schema(nullable = true, example = "2026-02-01") LocalDate trialDate,
            @Schema(nullable = true, example = "2026-05-02") LocalDate implementedDate,

            @Schema(nullable = true, description = "The innovation of another unit this one replicates")
            UUID replicatedFromId,

            @Size(max = 40) @Schema(nullable = true, example = "PROVINSI", description = "A competition tier code")
            String competitionTier,

            @Min(2000) @Max(2100) @Schema(nullable = true, example = "2026")
            Integer competitionYear,

            @Size(max = 20) List<@Valid @NotNull EvidenceLink> evidence,

            @Schema(nullable = true, description = "On update: the version read; 409 when it changed")
            Long expectedVersion) {}

    /** An evaluator's verification of an innovation. */
    @Schema(name = "InnovationVerification")
    public record VerificationRequest(
            @NotNull @Schema(example = "true") Boolean verified,

            @Size(max = 4000) @Schema(nullable = true, example = "Bukti SK dan foto layanan sesuai")
            String note) {}

    /** A unit that replicates an innovation. */
    @Schema(name = "InnovationReplication")
    public record Replication(
            UUID innovationId,
            UUID unitId,
            @Schema(nullable = true) String unitName,
            int year) {}

    /** An innovation in the register. */
    @Schema(name = "Innovation")
    public record InnovationView(
            UUID id,
            UUID unitId,
            @Schema(nullable = true) String unitName,
            @Schema(nullable = true) String regionCode,
            String name,
            String innovator,
            int year,
            @Schema(example = "non_digital") String jenis,
            @Schema(example = "pelayanan_publik") String bentuk,
            @Schema(nullable = true) String inisiator,
            @Schema(nullable = true) String purpose,
            @Schema(nullable = true) String benefit,
            @Schema(nullable = true) String result,
            @Schema(example = "uji_coba") String stage,
            @Schema(nullable = true) LocalDate trialDate,
            @Schema(nullable = true) LocalDate implementedDate,
            @Schema(nullable = true) UUID replicatedFromId,

            @Schema(description = "Innovations of other units that replicate this one")
            List<Replication> replications,

            @Schema(nullable = true) TierView competitionTier,
            @Schema(nullable = true) Integer competitionYear,
            List<EvidenceLink> evidence,

            @Schema(nullable = true, description = "null until an evaluator or admin verified it")
            Boolean verified,

            @Schema(nullable = true) String verifiedBy,
            @Schema(nullable = true) Instant verifiedAt,
            @Schema(nullable = true) String verificationNote,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt,
            long version) {}

    /** A competition tier, with whether a source confirms it. */
    @Schema(name = "InnovationCompetitionTier")
    public record TierView(
            String code,
            String name,
            @Schema(example = "NASIONAL") String level,
            @Schema(nullable = true) Integer yearFrom,
            @Schema(nullable = true) Integer yearTo,
            boolean confirmed,
            @Schema(nullable = true) String reason,
            String source) {

        static TierView of(CompetitionTier t) {
            return new TierView(t.code, t.name, t.level, t.yearFrom, t.yearTo, t.confirmed, t.reason, t.source);
        }
    }

    /** The coverage rule applied, with whether a source confirms it. */
    @Schema(name = "InnovationCoverageRule")
    public record RuleView(
            String code,
            int minInnovations,
            @Schema(example = "penerapan") String minStage,
            boolean confirmed,
            @Schema(nullable = true) String reason,
            String source) {}

    /** One unit's line in a region summary. */
    @Schema(name = "InnovationUnitCoverage")
    public record UnitCoverage(UUID unitId, String name, String regionCode, long innovations, boolean covered) {}

    /** "One agency one innovation" coverage of a region in a year, with counts per stage. */
    @Schema(name = "InnovationRegionSummary")
    public record RegionSummary(
            String regionCode,
            int year,
            RuleView rule,

            @Schema(description = "Active service units of the region")
            long units,

            @Schema(description = "Units meeting the rule") long coveredUnits,

            @Schema(nullable = true, example = "66.67", description = "coveredUnits ÷ units × 100, 2 dp")
            BigDecimal coverage,

            @Schema(description = "Innovations of the year") long innovations,

            @Schema(description = "Innovations of the year per stage (inisiatif, uji_coba, penerapan)")
            java.util.Map<String, Long> perStage,

            @Schema(description = "Innovations of the year that replicate another")
            long replications,

            List<UnitCoverage> perUnit) {}
}
