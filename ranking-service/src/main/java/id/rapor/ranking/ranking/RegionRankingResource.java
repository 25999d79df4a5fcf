package id.rapor.ranking.ranking;

import id.rapor.platform.error.Problem;
import id.rapor.platform.web.PageView;
import id.rapor.ranking.publication.RankingPublicationDtos.RankingPage;
import id.rapor.ranking.publication.RankingReads;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rankings of kabupaten/kota and provinces by their roll-ups: live for managers, the published snapshot for everyone
 * else, like the unit rankings.
 */
@Path("/api/v1/ranking/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Region rankings", description = "Roll-ups per kabupaten/kota and province; public")
@APIResponse(
        responseCode = "401",
        description = "Invalid token (reads need none; a token sent must be valid)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@PermitAll
public class RegionRankingResource {

    @Inject
    RankingReads rankings;

    @GET
    // Optional token: none reads the published snapshot, a manager's token the live ranking.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "listRegionRanking",
            summary = "Rank regions by an index in a period",
            description = "IKM from the summed sufficient statistics of the region's units (respondent-weighted); "
                    + "assessment indices as the mean of the units evaluated; zone counts and coverage. Regions "
                    + "without data are listed last with state INSUFFICIENT_DATA and no rank. Live for admins, viewers "
                    + "and evaluators of the parent province; everyone else reads the current published snapshot "
                    + "of the parent province (or the nation); provinces, and kab/kota nationwide, only from a "
                    + "national publication; roll-ups of one unitType are not published.")
    @APIResponse(responseCode = "200", description = "One page of the ranking")
    @APIResponse(
            responseCode = "404",
            description = "Not published: no current publication covers the read (problem type not-published)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing or invalid index, period, level, parent or zone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RankingPage<RegionRankingRow> list(
            @Parameter(example = "IPP") @QueryParam("index") String index,
            @Parameter(example = "2026") @QueryParam("period") String period,
            @Parameter(description = "regency (kabupaten/kota, default) or province") @QueryParam("level") String level,
            @Parameter(description = "Province code, for level=regency", example = "73") @QueryParam("parent")
                    String parent,
            @Parameter(description = "Only units of this type", example = "PUSKESMAS") @QueryParam("unitType")
                    String unitType,
            @Parameter(description = "HIJAU, KUNING or MERAH") @QueryParam("zone") String zone,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(1000) int size) {
        return rankings.regions(index, period, level, parent, unitType, zone, page, size);
    }
}
