package id.rapor.survey.followup;

import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import id.rapor.survey.followup.FollowUpDtos.MediumRequest;
import id.rapor.survey.followup.FollowUpDtos.MediumView;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where units published their SKM results (PEKPPP indicator 7), with evidence links. */
@Path("/api/v1/survey/units/{unitId}/publication-media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up", description = "Publication media and follow-up plans (RTL) of SKM results")
public class PublicationMediaResource {

    @Inject
    FollowUpService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordPublicationMedium",
            summary = "Record where the unit published its SKM result of a period",
            description = "For the unit's operator, evaluators of its region and admins. Audited; republishes the "
                    + "unit's SKM facts of the year (SkmFollowUpSummarized).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = MediumView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown kind, unreadable period, evidence not an http(s) URL, date before the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not manage the unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("unitId") UUID unitId, @Valid @NotNull MediumRequest request) {
        MediumView created = service.recordMedium(unitId, request);
        return Response.status(Response.Status.CREATED)
                .header(
                        "Location",
                        Locations.of("/api/v1/survey/units/" + unitId + "/publication-media?year="
                                + created.publishedOn().getYear()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listPublicationMedia", summary = "The unit's publication media of a year")
    @APIResponse(
            responseCode = "200",
            description = "Oldest first",
            content = @Content(schema = @Schema(implementation = MediumView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "400",
            description = "No year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The unit lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<MediumView> list(
            @PathParam("unitId") UUID unitId,
            @Parameter(description = "The year whose periods to list", example = "2026") @QueryParam("year")
                    Integer year) {
        if (year == null) {
            throw ProblemException.badRequest("year", "is required");
        }
        return service.media(unitId, year);
    }
}
