package id.rapor.assessment.report;

import id.rapor.documents.Formats;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The PEKPPP result sheet of an assessment (PDF). */
@Path("/api/v1/assessment/assessments/{id}/result-sheet")
@Tag(name = "Reports", description = "Documents in the regulation's layout")
public class ResultSheetResource {

    @Inject
    ResultSheetService service;

    @GET
    @Produces({Formats.PDF, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "getAssessmentResultSheet",
            summary = "The PEKPPP result sheet of an assessment (PDF)",
            description = "Aspects with weight and score per tier, indicators with the unit's answer and the score "
                    + "per tier, the final index (IPP) and category, the verifying evaluator and date (from the audit "
                    + "trail). Readable by whoever may read the assessment: admins, viewers, evaluators of its "
                    + "region and the unit's operator.")
    @APIResponse(
            responseCode = "200",
            description = "The sheet",
            content = @Content(mediaType = Formats.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Response.ok(service.resultSheet(id), Formats.PDF)
                .header("Content-Disposition", "attachment; filename=\"pekppp-" + id + ".pdf\"")
                .build();
    }
}
