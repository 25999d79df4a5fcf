package id.rapor.assessment.sop;

import id.rapor.assessment.audit.RegisterAudit;
import id.rapor.assessment.sop.SopDtos.EvaluationRequest;
import id.rapor.assessment.sop.SopDtos.EvaluationView;
import id.rapor.assessment.sop.SopDtos.SopRequest;
import id.rapor.assessment.sop.SopDtos.SopView;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One SOP: its header and revision history, revisions, implementation evaluations and audit trail. */
@Path("/api/v1/assessment/sops/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SOP", description = "The SOP register (PermenPANRB 35/2012) and the evaluation of SOP implementation")
public class SopResource {

    @Inject
    SopService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getSop", summary = "One SOP with its header and revision history")
    @APIResponse(
            responseCode = "200",
            description = "The SOP",
            content = @Content(schema = @Schema(implementation = SopView.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The SOP lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such SOP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SopView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reviseSop",
            summary = "Revise an SOP: a new header, the old one kept in the history",
            description = "For the unit's operator and admins; revisedDate and revisionReason are required. A "
                    + "dicabut SOP is not revised (409 naming status). Audited.")
    @APIResponse(
            responseCode = "200",
            description = "Revised",
            content = @Content(schema = @Schema(implementation = SopView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A header field missing or malformed, dates out of order, no revision date or reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not the unit's operator nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such SOP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The SOP is dicabut, or the number is taken in the unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SopView revise(@PathParam("id") UUID id, @Valid @NotNull SopRequest request) {
        return service.revise(id, request);
    }

    @POST
    @Path("evaluations")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "evaluateSop",
            summary = "Record an evaluation of how an SOP is applied",
            description = "For evaluators of the unit's region and admins. Tabel 7 of PermenPANRB 35/2012 "
                    + "(berjalan baik or not, method, note, action) and a yes/no answer to every criterion of the "
                    + "criteria set (seeded, confirmed false); needsRevision = any tidak; score = % ya, a local "
                    + "convention. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field missing or malformed, an unknown criteria set, a criterion unanswered or twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The unit lies outside the evaluator's region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such SOP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The SOP is not ditetapkan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response evaluate(@PathParam("id") UUID id, @Valid @NotNull EvaluationRequest request) {
        EvaluationView created = service.evaluate(id, request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/assessment/sops/" + id + "/evaluations"))
                .entity(created)
                .build();
    }

    @GET
    @Path("evaluations")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listSopEvaluations", summary = "The evaluations of an SOP, newest first")
    @APIResponse(
            responseCode = "200",
            description = "Newest first",
            content = @Content(schema = @Schema(implementation = EvaluationView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The SOP lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such SOP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<EvaluationView> evaluations(@PathParam("id") UUID id) {
        return service.evaluations(id);
    }

    @GET
    @Path("audit")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getSopAudit", summary = "Who registered, revised and evaluated an SOP")
    @APIResponse(
            responseCode = "200",
            description = "Oldest first",
            content =
                    @Content(schema = @Schema(implementation = RegisterAudit.AuditView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The SOP lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such SOP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RegisterAudit.AuditView> audit(@PathParam("id") UUID id) {
        return service.trail(id);
    }
}
