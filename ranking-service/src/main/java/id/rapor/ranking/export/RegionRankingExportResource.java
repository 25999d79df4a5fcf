package id.rapor.ranking.export;

import id.rapor.platform.error.Problem;
import id.rapor.platform.export.ExportFormat;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Regional roll-ups as CSV or XLSX; who sees the live or the published ranking is the JSON read's rule. */
@Path("/api/v1/ranking/regions/export")
@Tag(name = "Exports", description = "CSV and XLSX for warehouses and spreadsheets")
@PermitAll
@APIResponse(
        responseCode = "400",
        description = "Missing or invalid index, period, region, level, parent, zone or format",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "Not published: a reader without a manager role asked for a ranking no current publication "
                + "covers (problem type not-published)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "401",
        description = "Invalid token (reads need none; a token sent must be valid)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RegionRankingExportResource {

    @Inject
    RankingExportService service;

    @GET
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, Problem.MEDIA_TYPE})
    // Optional token: none reads the published snapshot, a manager's token the live ranking.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "exportRegionRanking",
            summary = "Export regional roll-ups as CSV or XLSX",
            description = "The rows of GET /api/v1/ranking/regions, every page, best first. Columns: rank, "
                    + "index_code, period, region_code, level, state, reason, value, band_code, band_label, zone, "
                    + "units_registered, units_with_data, coverage, units_hijau, units_kuning, units_merah, "
                    + "respondents, regulation, definition_version, confirmed.")
    @APIResponse(
            responseCode = "200",
            description = "The table",
            content = {
                @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = ExportFormat.XLSX_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response regions(
            @Parameter(example = "IPP") @QueryParam("index") String index,
            @Parameter(example = "2026") @QueryParam("period") String period,
            @Parameter(description = "regency (kabupaten/kota, default) or province") @QueryParam("level") String level,
            @Parameter(description = "Province code, for level=regency", example = "73") @QueryParam("parent")
                    String parent,
            @Parameter(description = "Only units of this type", example = "PUSKESMAS") @QueryParam("unitType")
                    String unitType,
            @Parameter(description = "HIJAU, KUNING or MERAH") @QueryParam("zone") String zone,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        return service.regions(index, period, level, parent, unitType, zone, ExportFormat.of(format));
    }
}
