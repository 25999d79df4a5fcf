package id.rapor.survey.followup;

import id.rapor.events.SkmFollowUpSummarized;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The facts a unit's own data gives for the PEKPPP SKM indicators of a year. */
@Path("/api/v1/survey/units/{unitId}/skm-facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up", description = "Publication media and follow-up plans (RTL) of SKM results")
public class SkmFactsResource {

    @Inject
    SkmFactsService facts;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getSkmFacts",
            summary = "What the unit's own data says about its SKM in a year",
            description = "The facts the PEKPPP Kebijakan indicators on SKM ask for: SKM held per PermenPANRB with "
                    + "an adequate sample, publication media, share of RTL done, days to follow up; with evidence "
                    + "links. As computed now (version 0); the assessment service receives them as events.")
    @APIResponse(
            responseCode = "200",
            description = "The facts",
            content = @Content(schema = @Schema(implementation = SkmFollowUpSummarized.class)))
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
    public SkmFollowUpSummarized get(
            @PathParam("unitId") UUID unitId, @Parameter(example = "2026") @QueryParam("year") Integer year) {
        return facts.current(unitId, year);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "announceSkmFacts",
            summary = "Publish the unit's SKM facts of a year again",
            description = "For after a campaign's result changed: the facts are also republished on every change of "
                    + "publication media and plans.")
    @APIResponse(
            responseCode = "200",
            description = "The facts as published",
            content = @Content(schema = @Schema(implementation = SkmFollowUpSummarized.class)))
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
            description = "The caller does not manage the unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SkmFollowUpSummarized announce(
            @PathParam("unitId") UUID unitId, @Parameter(example = "2026") @QueryParam("year") Integer year) {
        return facts.announce(unitId, year);
    }
}
