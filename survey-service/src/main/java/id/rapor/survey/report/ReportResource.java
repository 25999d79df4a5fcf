package id.rapor.survey.report;

import id.rapor.documents.Formats;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A unit's survey documents for a period: the Laporan SKM (PDF) and the Pengolahan workbook (XLSX). */
@Path("/api/v1/survey/units/{unitId}/reports")
@Tag(name = "Reports", description = "Documents in the regulation's layout and their settings")
public class ReportResource {

    @Inject
    ReportService service;

    @GET
    @Path("/skm")
    @Produces({Formats.PDF, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "getLaporanSkm",
            summary = "The Laporan SKM of a unit for a period (PDF)",
            description = "In the layout of PermenPANRB 14/2017: method, population and Krejcie-Morgan sample, "
                    + "respondent characteristics (groups below survey.results.minimum-group-size merged or hidden), "
                    + "NRR per unsur and per jenis layanan, IKM and mutu, a bar chart of NRR per unsur, the trend "
                    + "against up to 5 earlier periods, the follow-up plan table to fill, and the signatory set "
                    + "for the unit or its region. Numbers are the results API's for the same caller (live for "
                    + "evaluators of the region and admins, the periodic snapshot for the unit's operator). For the "
                    + "unit's operator, evaluators of its region and admins.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(mediaType = Formats.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "400",
            description = "Missing or unreadable period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown unit, or no campaign of the unit in that period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The unit's campaigns of the period use different questionnaire versions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response laporanSkm(
            @PathParam("unitId") UUID unitId,
            @Parameter(description = "2026, 2026-S1, 2026-Q3, 2026-07 or a date range", example = "2026-S1")
                    @QueryParam("period")
                    @NotBlank
                    String period) {
        byte[] pdf = service.laporanSkm(unitId, period);
        return Response.ok(pdf, Formats.PDF)
                .header("Content-Disposition", "attachment; filename=\"laporan-skm-" + period + ".pdf\"")
                .build();
    }

    @GET
    @Path("/pengolahan")
    @Produces({Formats.XLSX, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "getPengolahanWorkbook",
            summary = "The Pengolahan SKM workbook of a unit for a period (XLSX)",
            description = "Sheet Pengolahan: one row per counted respondent with the answer to each unsur, then per "
                    + "unsur the sum, number of answers, NRR, bobot and NRR tertimbang, then IKM, konversi (x 25), "
                    + "the rounded IKM, mutu and kinerja, as Excel formulas whose stored results are Rapor's exact "
                    + "values (equal to the results API); sheet Tabel konversi: the bands. Shows every "
                    + "respondent's answers, so it is for evaluators of the unit's region and admins.")
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = Formats.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "400",
            description = "Missing or unreadable period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an evaluator of the unit's region or an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No campaign of the unit in that period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The unit's campaigns of the period use different questionnaire versions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pengolahan(
            @PathParam("unitId") UUID unitId,
            @Parameter(description = "2026, 2026-S1, 2026-Q3, 2026-07 or a date range", example = "2026-S1")
                    @QueryParam("period")
                    @NotBlank
                    String period) {
        PengolahanWorkbook workbook = service.pengolahan(unitId, period);
        StreamingOutput body = out -> {
            try (workbook) {
                workbook.write(out);
            }
        };
        return Response.ok(body, Formats.XLSX)
                .header("Content-Disposition", "attachment; filename=\"pengolahan-skm-" + period + ".xlsx\"")
                .build();
    }
}
