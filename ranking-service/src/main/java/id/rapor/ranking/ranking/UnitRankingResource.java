package id.rapor.ranking.ranking;

import id.rapor.platform.error.Problem;
import id.rapor.platform.web.PageView;
import id.rapor.ranking.publication.RankingPublicationDtos.RankingPage;
import id.rapor.ranking.publication.RankingReads;
import id.rapor.ranking.ranking.RankingDtos.Scorecard;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import id.rapor.ranking.unit.UnitDtos.UnitView;
import id.rapor.ranking.unit.UnitProjectionService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Unit rankings, the unit replica and unit scorecards. Managers (admins, viewers, evaluators of the region) read the
 * live ranking; everyone else, anonymous included, the published snapshot that covers the read
 * ({@link RankingReads}).
 */
@Path("/api/v1/ranking/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unit rankings", description = "Indices, grades and zones per unit; public")
@APIResponse(
        responseCode = "401",
        description = "Invalid token (reads need none; a token sent must be valid)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@PermitAll
public class UnitRankingResource {

    @Inject
    RankingReads rankings;

    @Inject
    UnitProjectionService units;

    @GET
    // Optional token: none reads the published snapshot, a manager's token the live ranking.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "listUnitRanking",
            summary = "Rank units (or Pemda, or instansi) by an index in a period",
            description = "Competition ranking (1, 2, 2, 4) over subjects of one kind in the region, of the unit "
                    + "type and instansi; the zone filter and paging apply after ranking. Subjects with "
                    + "insufficient data come last without a rank. Pemda rank within their level (provinces among "
                    + "provinces, kab/kota among kab/kota; see level). Admins, viewers and evaluators whose region "
                    + "contains the region read the live ranking, with the newest publication (null: a draft); "
                    + "everyone else reads the current published snapshot of the region or of the nearest region "
                    + "above it, ranked again within the region read.")
    @APIResponse(responseCode = "200", description = "One page of the ranking")
    @APIResponse(
            responseCode = "404",
            description = "Not published: no current publication covers the region and period (problem type "
                    + "not-published)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing or invalid index, period, region, subjectKind, level or zone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RankingPage<UnitRankingRow> list(
            @Parameter(description = "IKM, IPP, KEPATUHAN, OPINI_OMBUDSMAN", example = "IKM") @QueryParam("index")
                    String index,
            @Parameter(example = "2026-S1") @QueryParam("period") String period,
            @Parameter(description = "Province, kab/kota or kecamatan code", example = "73") @QueryParam("region")
                    String region,
            @Parameter(example = "PUSKESMAS") @QueryParam("unitType") String unitType,
            @Parameter(
                            description = "The kind of subject ranked: UNIT (default), PEMDA (province and kab/kota "
                                    + "governments) or INSTANSI (K/L, BUMN)",
                            example = "PEMDA")
                    @QueryParam("subjectKind")
                    String subjectKind,
            @Parameter(
                            description = "For subjectKind=PEMDA only: the level the Pemda rank at, PROVINSI (province "
                                    + "governments, among the provinces) or KABKOTA (kab/kota governments, among the "
                                    + "kab/kota). Province and kab/kota governments never share a ranking: every row "
                                    + "carries its rank, rank range and total within its level. Default: KABKOTA "
                                    + "when region is given (the kab/kota governments of that province, as the "
                                    + "province ranks them), PROVINSI when it is not (the national ranking of "
                                    + "provinces). 400 for any other value or another subjectKind.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"PROVINSI", "KABKOTA"}),
                            example = "KABKOTA")
                    @QueryParam("level")
                    String level,
            @Parameter(description = "Rank only the units of this instansi (a BUMN's branch offices)")
                    @QueryParam("instansi")
                    UUID instansi,
            @Parameter(description = "HIJAU, KUNING or MERAH") @QueryParam("zone") String zone,
            @Parameter(
                            description = "Only units whose respondents reach their Krejcie–Morgan minimum (units "
                                    + "flagged sampleAdequate false are left out and the rest re-ranked)")
                    @QueryParam("adequateOnly")
                    @DefaultValue("false")
                    boolean adequateOnly,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(1000) int size) {
        return rankings.units(
                index, period, region, unitType, subjectKind, level, instansi, zone, adequateOnly, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRankedUnit", summary = "A unit as the ranking service knows it")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(
            responseCode = "404",
            description = "No event about this unit has arrived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitView get(@PathParam("id") UUID id) {
        return units.get(id);
    }

    @GET
    @Path("{id}/scorecard")
    // Optional token: none reads the published snapshot, a manager's token the live ranking.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "getUnitScorecard",
            summary = "A unit's scorecard",
            description = "Every index and period: value, band, zone, ranks, inputs, the change from the previous "
                    + "period and flags (IKM_DROP, NRR_DROP).")
    @APIResponse(responseCode = "200", description = "The scorecard")
    @APIResponse(
            responseCode = "404",
            description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Scorecard scorecard(@PathParam("id") UUID id) {
        return rankings.scorecard(id);
    }
}
