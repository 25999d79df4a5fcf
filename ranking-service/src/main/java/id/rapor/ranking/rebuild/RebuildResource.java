package id.rapor.ranking.rebuild;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.ranking.rebuild.RebuildService.RebuildReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administration of the projection. */
@Path("/api/v1/ranking/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ranking administration", description = "Rebuilding the ranking projection from the event topics (admin)")
@SecurityRequirement(name = "bearer")
public class RebuildResource {

    @Inject
    RebuildService service;

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "rebuildRanking",
            summary = "Drop the projection and replay every topic from the beginning",
            description = "Synchronous; live consumption waits meanwhile on every instance of the service and "
                    + "resumes without loss or double counting; a rebuild asked meanwhile waits its turn. The result "
                    + "equals the incrementally maintained projection. Index definitions are kept (they are this "
                    + "service's own data).")
    @APIResponse(
            responseCode = "200",
            description = "Rebuilt",
            content = @Content(schema = @Schema(implementation = RebuildReport.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "Kafka or the database unreachable, or the replay stalled; run it again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildReport rebuild() {
        return service.rebuild();
    }
}
