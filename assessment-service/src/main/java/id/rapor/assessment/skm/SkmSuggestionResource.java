package id.rapor.assessment.skm;

import id.rapor.assessment.skm.SkmSuggestionDtos.DecisionRequest;
import id.rapor.assessment.skm.SkmSuggestionDtos.Suggestions;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SKM indicator answers the system suggests from Rapor's own survey data. */
@Path("/api/v1/assessment/assessments/{assessmentId}/skm-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SKM suggestions", description = "PEKPPP indicators on SKM filled from Rapor's own data")
public class SkmSuggestionResource {

    @Inject
    SkmSuggestionService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "listSkmSuggestions",
            summary = "The suggested answers of the assessment's SKM indicators, and the decisions taken",
            description = "From the unit's SKM facts of the cycle's year (SKM held per PermenPANRB with an adequate "
                    + "sample, publication media, share of RTL done, speed of follow-up), with the evidence links; "
                    + "decision shows whether each answer is the system's value (ACCEPTED) or the operator's "
                    + "(OVERRIDDEN, with a note).")
    @APIResponse(
            responseCode = "200",
            description = "The suggestions",
            content = @Content(schema = @Schema(implementation = Suggestions.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The assessment lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Suggestions list(@PathParam("assessmentId") UUID assessmentId) {
        return service.list(assessmentId);
    }

    @POST
    @Path("{indicatorCode}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideSkmSuggestion",
            summary = "Accept a suggested SKM answer, or override it with a value and a note",
            description = "Records the answer through the ordinary answer path (the unit's operator, while the "
                    + "assessment takes answers), with the facts' evidence links in the bukti slot.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = Suggestions.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown decision, or override without value or note, or a value off the scale",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not the unit's operator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment, or the indicator is not an SKM indicator of its instrument",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The assessment does not take answers now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No facts yet, or nothing to accept",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Suggestions decide(
            @PathParam("assessmentId") UUID assessmentId,
            @PathParam("indicatorCode") String indicatorCode,
            @Valid @NotNull DecisionRequest request) {
        return service.decide(assessmentId, indicatorCode, request);
    }
}
