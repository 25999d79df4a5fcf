package id.rapor.ranking.publication;

import id.rapor.platform.error.Problem;
import id.rapor.platform.publication.PublicationView;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import id.rapor.ranking.publication.RankingPublicationDtos.PublishRankingRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publication of rankings (the PEKPPP pemeringkatan of a cycle): immutable snapshots per region and period. */
@Path("/api/v1/ranking/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ranking publications", description = "Published ranking snapshots; what anonymous readers see")
public class RankingPublicationResource {

    @Inject
    RankingPublicationService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "publishRanking",
            summary = "Publish the ranking of a region and period",
            description = "Snapshots, as they stand now, the unit ranking of every index with results in the region "
                    + "and period (rows as GET /api/v1/ranking/units computes them, intervals and rank ranges "
                    + "included), the roll-ups of the regions below it and the units' scorecard entries, with the "
                    + "index definition versions as basis. Anonymous readers of the region and of every region "
                    + "inside it see this snapshot (from embargoUntil on) until a correction supersedes it. Admin, "
                    + "or an evaluator whose region contains regionCode; the national ranking (ID) only an admin.")
    @APIResponse(
            responseCode = "201",
            description = "Published",
            content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid regionCode, period or embargoUntil (in the past)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The region lies outside the evaluator's region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Nothing changed since the current version (same content hash)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A correction without a reason, or no ranking result in the region and period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Valid @NotNull PublishRankingRequest request) {
        PublicationView published = service.publish(request);
        return Response.status(Response.Status.CREATED)
                .header(
                        "Location",
                        Locations.of("/api/v1/ranking/publications?regionCode=" + published.subject() + "&period="
                                + published.period()))
                .entity(published)
                .build();
    }

    @GET
    @PermitAll
    // Optional token: managers also see versions an embargo still holds.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "listRankingPublications",
            summary = "The published versions of a region's ranking in a period",
            description = "Newest first, with state PUBLISHED, SUPERSEDED or SCHEDULED (under embargo), who "
                    + "published and why a correction was made. Versions under embargo only for admins, viewers and "
                    + "evaluators of the region.")
    @APIResponse(responseCode = "200", description = "The versions (empty: never published)")
    @APIResponse(
            responseCode = "400",
            description = "Missing or invalid regionCode or period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "Invalid token (reads need none; a token sent must be valid)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PublicationView> history(
            @Parameter(description = "Province, kab/kota, or ID for the national ranking", example = "73")
                    @QueryParam("regionCode")
                    String regionCode,
            @Parameter(example = "2026-S1") @QueryParam("period") String period) {
        return service.history(regionCode, period);
    }
}
