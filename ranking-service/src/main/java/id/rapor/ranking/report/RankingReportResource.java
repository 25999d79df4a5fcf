package id.rapor.ranking.report;

import id.rapor.documents.Formats;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
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

/** The ranking report of a region for an index and period (PDF or XLSX); live or published as the ranking read is for the caller. */
@Path("/api/v1/ranking/reports/units")
@Tag(name = "Reports", description = "Documents in the regulation's layout")
@PermitAll
public class RankingReportResource {

    @Inject
    RankingReportService service;

    @GET
    @Produces({Formats.PDF, Formats.XLSX, Problem.MEDIA_TYPE})
    // Optional token: none reads the published snapshot, a manager's token the live ranking.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "getUnitRankingReport",
            summary = "The unit ranking of a region for an index and period, as a document",
            description = "Every row of GET /api/v1/ranking/units for the same filters (competition rank, value, "
                    + "category, zone, respondents), with the zone counts: format=pdf (default) or xlsx (values as "
                    + "numbers). Live or published as the ranking read is for the caller. At most 20,000 units; narrow a larger one by region or "
                    + "unitType (422).")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(mediaType = Formats.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Formats.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "400",
            description = "Missing or invalid index, period, region or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "Invalid token (reads need none; a token sent must be valid)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "Not published: a reader without a manager role asked for a ranking no current "
                    + "publication covers (problem type not-published)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "More units than a report holds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(
            @Parameter(description = "IKM, IPP, KEPATUHAN, OPINI_OMBUDSMAN", example = "IPP") @QueryParam("index")
                    String index,
            @Parameter(example = "2026") @QueryParam("period") String period,
            @Parameter(description = "Province, kab/kota or kecamatan code", example = "73") @QueryParam("region")
                    String region,
            @Parameter(example = "PUSKESMAS") @QueryParam("unitType") String unitType,
            @Parameter(description = "pdf or xlsx") @QueryParam("format") @DefaultValue("pdf") String format) {
        String name = "peringkat-" + index + "-" + period + (region == null ? "" : "-" + region);
        return switch (format) {
            case "pdf" ->
                Response.ok(service.pdf(index, period, region, unitType), Formats.PDF)
                        .header("Content-Disposition", "attachment; filename=\"" + safe(name) + ".pdf\"")
                        .build();
            case "xlsx" ->
                Response.ok(service.xlsx(index, period, region, unitType), Formats.XLSX)
                        .header("Content-Disposition", "attachment; filename=\"" + safe(name) + ".xlsx\"")
                        .build();
            default -> throw ProblemException.badRequest("format", "must be pdf or xlsx");
        };
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
