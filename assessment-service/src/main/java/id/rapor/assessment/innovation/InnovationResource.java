package id.rapor.assessment.innovation;

import id.rapor.assessment.audit.RegisterAudit;
import id.rapor.assessment.innovation.InnovationDtos.InnovationRequest;
import id.rapor.assessment.innovation.InnovationDtos.InnovationView;
import id.rapor.assessment.innovation.InnovationDtos.VerificationRequest;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One innovation of the register: read, update (stage one step forward), verify, audit trail. */
@Path("/api/v1/assessment/innovations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Innovations", description = "The innovation register and its one-agency-one-innovation coverage")
public class InnovationResource {

    @Inject
    InnovationService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getInnovation",
            summary = "One innovation with its evidence, replications and competition tier",
            description = "For the unit's operator, evaluators of its region, admins and viewers. The tier says "
                    + "whether a source confirms it.")
    @APIResponse(
            responseCode = "200",
            description = "The innovation",
            content = @Content(schema = @Schema(implementation = InnovationView.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The innovation lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such innovation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InnovationView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateInnovation",
            summary = "Update an innovation; its stage stays or moves one step forward",
            description = "For the unit's operator and admins. inisiatif → uji_coba → penerapan, one step at a time; "
                    + "skipping or going back is a 409 naming the field stage. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = InnovationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field missing or malformed, or an unknown tier",
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
            description = "No such innovation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not the next stage, or changed since expectedVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "penerapan without implementedDate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InnovationView update(@PathParam("id") UUID id, @Valid @NotNull InnovationRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("verification")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyInnovation",
            summary = "Verify an innovation of the evaluator's region",
            description = "For evaluators of the unit's region and admins. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "Verified",
            content = @Content(schema = @Schema(implementation = InnovationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "verified missing",
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
            description = "No such innovation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InnovationView verify(@PathParam("id") UUID id, @Valid @NotNull VerificationRequest request) {
        return service.verify(id, request);
    }

    @GET
    @Path("audit")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getInnovationAudit", summary = "Who registered, updated and verified an innovation")
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
            description = "The innovation lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such innovation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RegisterAudit.AuditView> audit(@PathParam("id") UUID id) {
        return service.trail(id);
    }
}
