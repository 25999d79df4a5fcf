package id.rapor.assessment.monitoring;

import id.rapor.assessment.monitoring.MonitoringDtos.PemantauanView;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
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

/** A PEMANTAUAN cycle beside the cycle it monitors. */
@Path("/api/v1/assessment/cycles/{cycleId}/pemantauan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Recommendations on assessments, their follow-up and monitoring")
public class CyclePemantauanResource {

    @Inject
    MonitoringService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getCyclePemantauan",
            summary = "A PEMANTAUAN cycle's lokus: the monitored cycle's result beside the new one",
            description = "Each lokus the caller may read, with its result in the monitored cycle, its result in "
                    + "this cycle (once verified) and the completion of the monitored cycle's recommendations.")
    @APIResponse(
            responseCode = "200",
            description = "The comparison",
            content = @Content(schema = @Schema(implementation = PemantauanView.class)))
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
    @APIResponse(
            responseCode = "422",
            description = "The cycle is not a PEMANTAUAN cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PemantauanView pemantauan(@PathParam("cycleId") UUID cycleId) {
        return service.pemantauan(cycleId);
    }
}
