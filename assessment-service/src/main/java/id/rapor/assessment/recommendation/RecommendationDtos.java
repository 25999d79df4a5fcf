package id.rapor.assessment.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of recommendations and their follow-up. */
public final class RecommendationDtos {

    private RecommendationDtos() {}

    /** A recommendation to write on one indicator. */
    @Schema(name = "RecommendationRequest")
    public record RecommendationRequest(
            @NotBlank @Size(max = 40) @Schema(example = "8.a.Ak")
            String indicatorCode,

            @NotBlank
            @Size(max = 4000)
            @Schema(example = "Selesaikan RTL SKM semester I dan unggah laporan tindak lanjutnya")
            String text) {}

    /** The unit's answer: its follow-up, evidence and the status it reached. */
    @Schema(name = "RecommendationFollowUp")
    public record FollowUpRequest(
            @NotBlank @Schema(example = "proses", description = "belum, proses or selesai")
            String status,

            @Size(max = 4000) @Schema(example = "Loket tambahan dibuka sejak Agustus")
            String followUp,

            @Size(max = 2000)
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(example = "https://dinkes.example.go.id/tl/loket.pdf")
            String evidenceUrl,

            @Schema(nullable = true) Long expectedVersion) {}

    /** A recommendation with its follow-up. */
    @Schema(name = "Recommendation")
    public record RecommendationView(
            UUID id,
            UUID assessmentId,
            UUID cycleId,
            UUID unitId,
            String regionCode,
            String indicatorCode,
            String text,
            String writtenBy,
            Instant writtenAt,
            @Schema(example = "belum") String status,
            @Schema(nullable = true) String followUp,
            @Schema(nullable = true) String evidenceUrl,
            @Schema(nullable = true) String answeredBy,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) Instant doneAt,
            long version) {

        static RecommendationView of(Recommendation r) {
            return new RecommendationView(
                    r.id,
                    r.assessmentId,
                    r.cycleId,
                    r.unitId,
                    r.regionCode,
                    r.indicatorCode,
                    r.text,
                    r.writtenBy,
                    r.writtenAt,
                    FollowUpStatus.valueOf(r.status).text(),
                    r.followUp,
                    r.evidenceUrl,
                    r.answeredBy,
                    r.answeredAt,
                    r.doneAt,
                    r.version);
        }
    }
}
