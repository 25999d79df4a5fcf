package id.rapor.ranking.export;

import id.rapor.platform.error.Problem;
import id.rapor.platform.export.ExportFormat;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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

/** A unit ranking as CSV or XLSX; who sees the live or the published ranking is the JSON read's rule. */
@Path("/api/v1/ranking/units/export")
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
public class UnitRankingExportResource {

    @Inject
    RankingExportService service;

    @GET
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, Problem.MEDIA_TYPE})
    // Optional token: none reads the published snapshot, a manager's token the live ranking.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "exportUnitRanking",
            summary = "Export a unit ranking as CSV or XLSX",
            description = "The rows of GET /api/v1/ranking/units, every page, best first. Columns: rank, index_code, "
                    + "period, unit_id, unit_name, unit_type, region_code, state, value, band_code, band_label, zone, "
                    + "respondents, definition_version, confirmed, sample_adequate, minimum_sample, population, "
                    + "flagged, excluded, data_quality. Numbers with a dot in CSV, numeric cells in XLSX.")
    @APIResponse(
            responseCode = "200",
            description = "The table",
            content = {
                @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = ExportFormat.XLSX_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response units(
            @Parameter(description = "IKM, IPP, KEPATUHAN, OPINI_OMBUDSMAN", example = "IKM") @QueryParam("index")
                    String index,
            @Parameter(example = "2026-S1") @QueryParam("period") String period,
            @Parameter(description = "Province, kab/kota or kecamatan code", example = "73") @QueryParam("region")
                    String region,
            @Parameter(example = "PUSKESMAS") @QueryParam("unitType") String unitType,
            @Parameter(description = "HIJAU, KUNING or MERAH") @QueryParam("zone") String zone,
            @QueryParam("adequateOnly") @DefaultValue("false") boolean adequateOnly,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        return service.units(index, period, region, unitType, zone, adequateOnly, ExportFormat.of(format));
    }
}
