package id.rapor.survey.publication;

import id.rapor.platform.error.Problem;
import id.rapor.platform.publication.PublicationView;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import id.rapor.survey.publication.PublicationDtos.PublishRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publication of a unit's survey result per period: immutable snapshots anonymous readers see. */
@Path("/api/v1/survey/units/{unitId}/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results", description = "IKM results from running tallies")
public class SurveyPublicationResource {

    @Inject
    SurveyPublicationService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "publishUnitResult",
            summary = "Publish the unit's survey result of a period",
            description = "Freezes the result as anonymous readers may see it (small groups merged or hidden; a pooled "
                    + "period with its campaigns' results) into an immutable snapshot with its sha256 content hash, "
                    + "the questionnaire version and the campaigns pooled. A later publication of the same period is "
                    + "a correction: it needs a reason and supersedes the previous version. With embargoUntil, "
                    + "readers see it from then. Emits ResultPublished. An evaluator of the unit's region or an "
                    + "admin publishes; never the unit's operator.")
    @APIResponse(
            responseCode = "201",
            description = "Published",
            content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unreadable period, or an embargo that has passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an evaluator of the unit's region or an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "The unit has no campaign in the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Nothing changed since the latest version (same content hash)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A correction without a reason, or campaigns of different questionnaire versions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("unitId") UUID unitId, @Valid @NotNull PublishRequest request) {
        PublicationView published = service.publish(unitId, request);
        return Response.status(Response.Status.CREATED)
                .header(
                        "Location",
                        Locations.of("/api/v1/survey/units/" + unitId + "/publications?period=" + published.period()))
                .entity(published)
                .build();
    }

    @GET
    @PermitAll
    // Optional token: managers also see versions an embargo still holds.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "listUnitResultPublications",
            summary = "The published versions of the unit's survey result of a period",
            description = "Newest first, each with its state (PUBLISHED, SUPERSEDED, or SCHEDULED while its embargo "
                    + "holds), content hash, who published it when, and the correction's reason. Scheduled versions "
                    + "are listed to the unit's managers only.")
    @APIResponse(
            responseCode = "200",
            description = "The versions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PublicationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing or unreadable period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PublicationView> history(
            @PathParam("unitId") UUID unitId,
            @Parameter(required = true, example = "2026-S1") @QueryParam("period") @NotBlank String period) {
        return service.history(unitId, period);
    }
}
