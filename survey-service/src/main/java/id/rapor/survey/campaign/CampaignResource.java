package id.rapor.survey.campaign;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import id.rapor.platform.web.PageView;
import id.rapor.survey.campaign.CampaignDtos.CampaignRequest;
import id.rapor.survey.campaign.CampaignDtos.CampaignView;
import id.rapor.survey.integrity.IntegrityDtos;
import id.rapor.survey.integrity.IntegrityDtos.Challenge;
import id.rapor.survey.integrity.IntegrityDtos.FlaggedResponse;
import id.rapor.survey.integrity.IntegrityDtos.VoidRequestView;
import id.rapor.survey.integrity.ReviewService;
import id.rapor.survey.integrity.SubmissionGuard;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Survey campaigns: a unit, a questionnaire version and a period. */
@Path("/api/v1/survey/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Survey campaigns per unit and period")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Outside the caller's role, region or unit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CampaignResource {

    @Inject
    CampaignService service;

    @Inject
    ReviewService review;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "createCampaign",
            summary = "Open a campaign",
            description = "The unit must be known to the survey service and active.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (e.g. period)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's scope, or a period far from today "
                    + "(survey.integrity.campaign-period-window-days) opened by someone other than an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown or inactive unit, unknown questionnaire",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CampaignRequest request, @Context UriInfo uri) {
        CampaignView created = service.create(request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/survey/campaigns/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "listCampaigns", summary = "A unit's campaigns, optionally of one period")
    @APIResponse(responseCode = "200", description = "The campaigns")
    @APIResponse(
            responseCode = "400",
            description = "Missing unitId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CampaignView> list(@QueryParam("unitId") @NotNull UUID unitId, @QueryParam("period") String period) {
        return service.list(unitId, period);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "getCampaign", summary = "One campaign with its respondent count")
    @APIResponse(
            responseCode = "200",
            description = "The campaign",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "closeCampaign",
            summary = "Close a campaign",
            description = "Publishes SurveyTallyChanged with status CLOSED.")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignView close(@PathParam("id") UUID id) {
        return service.close(id);
    }

    @GET
    @Path("{campaignId}/challenge")
    @PermitAll
    @Operation(
            operationId = "getCampaignChallenge",
            summary = "A proof-of-work challenge for one submission",
            description = "ALTCHA scheme: find number in 0..maxnumber with hex(sha256(salt + number)) = challenge, "
                    + "then send base64 of {algorithm, challenge, number, salt, signature} as the X-Proof-Of-Work "
                    + "header of the submission. Each solution is accepted once, before the salt's expiry. Callers "
                    + "who do not manage the unit send the campaign's public form token as X-Form-Token.")
    @APIResponse(
            responseCode = "200",
            description = "The challenge",
            content = @Content(schema = @Schema(implementation = Challenge.class)))
    @APIResponse(
            responseCode = "403",
            description = "Missing, revoked or wrong form token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Campaign closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Challenge challenge(
            @PathParam("campaignId") UUID campaignId, @HeaderParam(SubmissionGuard.FORM_TOKEN) String formToken) {
        return review.challenge(campaignId, formToken);
    }

    @GET
    @Path("{campaignId}/review-queue")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "listReviewQueue",
            summary = "Flagged responses waiting for review",
            description = "Held out of the tally, the IKM and the ranking until accepted. Answers and flags only.")
    @APIResponse(responseCode = "200", description = "One page of the queue")
    @APIResponse(
            responseCode = "400",
            description = "Page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an evaluator of the unit's region or an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<FlaggedResponse> queue(
            @PathParam("campaignId") UUID campaignId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return review.queue(campaignId, page, size);
    }

    @GET
    @Path("{campaignId}/void-requests")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listVoidRequests", summary = "A campaign's void requests")
    @APIResponse(responseCode = "200", description = "The requests, newest first")
    @APIResponse(
            responseCode = "400",
            description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<VoidRequestView> voidRequests(
            @PathParam("campaignId") UUID campaignId,
            @QueryParam("state")
                    @Pattern(
                            regexp = "^(PENDING|APPROVED|REJECTED)$",
                            message = "must be PENDING, APPROVED or REJECTED")
                    String state) {
        return review.voidRequests(campaignId, state);
    }

    @POST
    @Path("{id}/form-token")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "rotateFormToken",
            summary = "Issue a new public form token",
            description = "What a QR code or kiosk link carries; the previous token stops working at once.")
    @APIResponse(
            responseCode = "200",
            description = "The new token",
            content = @Content(schema = @Schema(implementation = IntegrityDtos.FormToken.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntegrityDtos.FormToken rotateFormToken(@PathParam("id") UUID id) {
        Campaign campaign = service.rotateFormToken(id);
        return new IntegrityDtos.FormToken(campaign.id, campaign.formToken);
    }

    @DELETE
    @Path("{id}/form-token")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "revokeFormToken",
            summary = "Revoke the public form token",
            description = "No anonymous submissions until a new one.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(
            responseCode = "404",
            description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void revokeFormToken(@PathParam("id") UUID id) {
        service.revokeFormToken(id);
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "reopenCampaign",
            summary = "Reopen a closed campaign",
            description = "Publishes SurveyTallyChanged with status OPEN.")
    @APIResponse(
            responseCode = "200",
            description = "Open",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignView reopen(@PathParam("id") UUID id) {
        return service.reopen(id);
    }
}
