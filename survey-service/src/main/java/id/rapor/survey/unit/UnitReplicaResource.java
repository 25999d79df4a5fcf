package id.rapor.survey.unit;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.survey.unit.UnitReplicaDtos.UnitView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read access to the survey service's copy of the unit register. */
@Path("/api/v1/survey/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey units", description = "The units the survey service knows (replicated from the register)")
@SecurityRequirement(name = "bearer")
public class UnitReplicaResource {

    @Inject
    UnitReplicaService service;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "getSurveyUnit", summary = "One unit as replicated into the survey service")
    @APIResponse(
            responseCode = "200",
            description = "The unit",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
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
            description = "No event for this unit has arrived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
