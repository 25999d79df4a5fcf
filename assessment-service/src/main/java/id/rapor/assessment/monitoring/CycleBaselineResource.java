package id.rapor.assessment.monitoring;

import id.rapor.assessment.monitoring.MonitoringDtos.MonitoringView;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

/** The baseline a cycle starts from: the monitorings of earlier cycles named for it. */
@Path("/api/v1/assessment/cycles/{cycleId}/baseline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Recommendations on assessments, their follow-up and monitoring")
public class CycleBaselineResource {

    @Inject
    MonitoringService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getCycleBaseline",
            summary = "The monitorings that are this cycle's baseline, with their completion rates")
    @APIResponse(
            responseCode = "200",
            description = "Oldest first",
            content = @Content(schema = @Schema(implementation = MonitoringView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The cycle lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<MonitoringView> baseline(@PathParam("cycleId") UUID cycleId) {
        return service.baseline(cycleId);
    }
}
