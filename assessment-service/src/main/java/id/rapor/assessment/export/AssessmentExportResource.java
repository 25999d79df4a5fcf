package id.rapor.assessment.export;

import id.rapor.platform.error.Problem;
import id.rapor.platform.export.ExportFormat;
import id.rapor.platform.feed.CommitCursor;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assessments with indicator scores and evidence links as CSV or XLSX, streamed. */
@Path("/api/v1/assessment/assessments/export")
@Tag(name = "Exports", description = "CSV and XLSX for warehouses and spreadsheets")
public class AssessmentExportResource {

    @Inject
    AssessmentExportService service;

    @GET
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "exportAssessments",
            summary = "Export assessments with indicator scores and evidence links as CSV or XLSX",
            description = "One row per assessment and indicator, in commit order (the transaction that last "
                    + "changed the assessment, then assessment_id, indicator_code), streamed from the database. The "
                    + "Rapor-Next-Cursor header of the answer holds the cursor of the next increment: pass it as "
                    + "cursor next time. The export holds every change committed before that cursor and none after, "
                    + "so consecutive pulls see each change once, also one whose transaction started early and "
                    + "committed late. updatedSince (inclusive) narrows a first pull by time. The caller's scope as the assessment list: operators their unit, evaluators their "
                    + "region. Columns: assessment_id, cycle_id, cycle_name, year, instrument_code, "
                    + "instrument_version, unit_id, unit_name, region_code, status, updated_at, indicator_code, "
                    + "score_mandiri, score_kabkota, score_provinsi, evidence_links ('slot: link' entries separated "
                    + "by ' | '), answer_note, answered_at. Instants ISO 8601 UTC; numbers with a dot in CSV, numeric "
                    + "cells in XLSX.")
    @APIResponse(
            responseCode = "200",
            description = "The table",
            headers =
                    @org.eclipse.microprofile.openapi.annotations.headers.Header(
                            name = CommitCursor.NEXT_CURSOR,
                            description = "The cursor of the next increment",
                            schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = ExportFormat.XLSX_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "400",
            description = "Invalid status, region, updatedSince, cursor or format; errors name the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "A unit or region outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @Parameter(description = "One evaluation cycle") @QueryParam("cycleId") UUID cycleId,
            @Parameter(description = "One unit") @QueryParam("unitId") UUID unitId,
            @Parameter(description = "An assessment status") @QueryParam("status") String status,
            @Parameter(description = "Region code", example = "73") @QueryParam("region") String region,
            @Parameter(description = "Only assessments changed at or after this ISO instant or date")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(description = "Rapor-Next-Cursor of the previous export") @QueryParam("cursor") String cursor,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        ExportFormat chosen = ExportFormat.of(format);
        return service.export(cycleId, unitId, status, region, updatedSince, CommitCursor.parse(cursor), chosen);
    }
}
