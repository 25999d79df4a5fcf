package id.rapor.assessment.monitoring;

import id.rapor.assessment.monitoring.MonitoringDtos.MonitoringRequest;
import id.rapor.assessment.monitoring.MonitoringDtos.MonitoringView;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pemantauan: monitoring the follow-up of an earlier cycle's recommendations. */
@Path("/api/v1/assessment/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Recommendations on assessments, their follow-up and monitoring")
public class MonitoringResource {

    @Inject
    MonitoringService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "openMonitoring",
            summary = "Open a monitoring (pemantauan) on the lokus of an earlier cycle",
            description = "Tracks the follow-up of that cycle's recommendations; with nextCycleId it is that cycle's "
                    + "baseline. For admins, and evaluators managing the cycle's region.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = MonitoringView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No such source or next cycle, or the next cycle is not later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The cycle lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(@Valid @NotNull MonitoringRequest request) {
        MonitoringView created = service.open(request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/assessment/monitoring/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getMonitoring",
            summary = "A monitoring with the completion rate per unit, per kab/kota and overall",
            description = "Counts selesai / proses / belum of the recommendations the caller may read, with the "
                    + "evidence links.")
    @APIResponse(
            responseCode = "200",
            description = "The monitoring",
            content = @Content(schema = @Schema(implementation = MonitoringView.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The source cycle lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such monitoring",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MonitoringView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
