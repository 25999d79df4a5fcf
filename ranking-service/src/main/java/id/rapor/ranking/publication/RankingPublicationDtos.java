package id.rapor.ranking.publication;

import id.rapor.events.RegionCodes;
import id.rapor.ranking.ranking.RankingDtos.IndexHistory;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of ranking publications and the snapshot content they keep. */
public final class RankingPublicationDtos {

    /** The subject of a national publication (every region). */
    public static final String NATIONAL = "ID";

    /** The publication kind of a ranking. */
    public static final String KIND = "ranking";

    private RankingPublicationDtos() {}

    /** Publish the ranking of a region and period as it stands now. */
    @Schema(name = "PublishRankingRequest")
    public record PublishRankingRequest(
            @NotBlank
            @Pattern(regexp = "^ID$|" + RegionCodes.PATTERN, message = "must be ID or a Kemendagri region code")
            @Schema(description = "Province (73), kab/kota (73.06) or ID for the national ranking", example = "73")
            String regionCode,

            @NotBlank @Size(max = 32) @Schema(example = "2026-S1")
            String period,

            @Schema(
                    nullable = true,
                    description = "Readers without a manager role see this snapshot only from this instant on",
                    example = "2026-07-15T00:00:00Z")
            Instant embargoUntil,

            @Size(max = 2000)
            @Schema(
                    nullable = true,
                    description = "Why a correction replaces the current snapshot; required for a correction",
                    example = "Two puskesmas' paper forms were entered after the first publication")
            String reason) {}

    /** Which published snapshot a read shows (or, for a manager, the newest published one). */
    @Schema(name = "RankingPublicationStatus")
    public record PublicationStatus(
            @Schema(description = "The region the snapshot covers (ID: national)", example = "73")
            String regionCode,

            @Schema(example = "2026-S1") String period,

            @Schema(description = "1 for the first publication, +1 for each correction")
            int version,

            @Schema(description = "SHA-256 of the snapshot content")
            String contentHash,

            Instant publishedAt,
            @Schema(nullable = true) Instant embargoUntil) {}

    /** One page of a ranking with the publication it comes from (null: a draft nobody has published yet). */
    public record RankingPage<T>(
            List<T> items,
            int page,
            int size,
            long total,

            @Schema(
                    nullable = true,
                    description = "Anonymous and other non-manager readers: the published snapshot the rows come "
                            + "from. Managers (admin, viewer, evaluator of the region): the newest snapshot "
                            + "published for the scope, or null while the live ranking is a draft")
            PublicationStatus publication) {}

    /** The content of a ranking publication: every index's unit rows and region roll-ups, and unit scorecards. */
    public record RankingSnapshot(
            String regionCode, String period, List<IndexSnapshot> indices, List<UnitCard> cards) {}

    /**
     * One index in a snapshot: the unit ranking of the region (every row as the live list computes it), and the
     * roll-up rows of the regions below it: for a province its kab/kota, for the nation its provinces
     * ({@code provinces}) and every kab/kota ranked nationally ({@code regions}).
     */
    public record IndexSnapshot(
            String indexCode,
            int definitionVersion,
            List<UnitRankingRow> units,
            List<RegionRankingRow> regions,
            List<RegionRankingRow> provinces) {}

    /** A unit's scorecard entries of the snapshot's period. */
    public record UnitCard(UUID unitId, List<IndexHistory> indices) {}
}
