package id.rapor.survey.export;

import id.rapor.platform.error.Problem;
import id.rapor.platform.export.ExportFormat;
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

/** Survey results per unit and period as CSV or XLSX. */
@Path("/api/v1/survey/results/export")
@Tag(name = "Exports", description = "CSV and XLSX for warehouses and spreadsheets")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "400",
        description = "Invalid format, filter or period; errors name the parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Outside the caller's region or unit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such campaign or unit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ResultExportResource {

    @Inject
    SurveyExportService service;

    @GET
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            operationId = "exportSurveyResults",
            summary = "Export survey results per unit and period as CSV or XLSX",
            description = "One unit (unitId) or every unit of a region (region, e.g. 73 or 73.15) over a period (a "
                    + "year pools its semesters and quarters); units without a campaign in the period are left out. "
                    + "One row per unit and unsur, the unit's values repeated on each: unit_id, unit_name, "
                    + "region_code, period, questionnaire_code, questionnaire_version, regulation, respondents, "
                    + "item_code, item_name, item_weight, item_sum, item_count, nrr (2 dp), nrr_weighted (4 dp), ikm "
                    + "(1-4, 4 dp), ikm_konversi (25-100, 2 dp), mutu, mutu_label, zone, data_quality, confirmed, "
                    + "published_at. Live for the unit's managers (its operator, evaluators of the region, admins); "
                    + "for everyone else the published snapshot (published_at set; units not yet published are left "
                    + "out), as GET .../result.")
    @APIResponse(
            responseCode = "200",
            description = "The table",
            content = {
                @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = ExportFormat.XLSX_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response results(
            @Parameter(description = "2026, 2026-S1, 2026-Q3 or 2026-01-01..2026-06-30", required = true)
                    @QueryParam("period")
                    String period,
            @Parameter(description = "One unit") @QueryParam("unitId") UUID unitId,
            @Parameter(description = "Every unit inside this region code") @QueryParam("region") String region,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        return service.results(period, unitId, region, ExportFormat.of(format));
    }
}
