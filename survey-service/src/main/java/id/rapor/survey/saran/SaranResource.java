package id.rapor.survey.saran;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.PageView;
import id.rapor.survey.saran.SaranDtos.SaranDetail;
import id.rapor.survey.saran.SaranDtos.SaranUpdate;
import id.rapor.survey.saran.SaranDtos.SaranView;
import id.rapor.survey.saran.SaranDtos.StatusChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Saran/kritik of a campaign and their follow-up, with the audit trail. */
@Path("/api/v1/survey/campaigns/{campaignId}/saran")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saran", description = "Citizens' suggestions and complaints and their follow-up")
public class SaranResource {

    @Inject
    SaranService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "listCampaignSaran",
            summary = "A campaign's saran/kritik, newest first",
            description = "Every response with a suggestion (kept only with the respondent's consent), with its "
                    + "category, status, reply and note. For the unit's operator, evaluators of its region and admins.")
    @APIResponse(
            responseCode = "200",
            description = "One page (items are Saran)",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown status or category, or paging out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not manage the campaign's unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<SaranView> list(
            @PathParam("campaignId") UUID campaignId,
            @Parameter(description = "baru, ditindaklanjuti or selesai") @QueryParam("status") String status,
            @Parameter(description = "A category code") @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "1 to 200") @QueryParam("size") @DefaultValue("50") int size) {
        return service.list(campaignId, status, category, page, size);
    }

    @GET
    @Path("{saranId}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getSaran", summary = "One saran/kritik with its audit trail")
    @APIResponse(
            responseCode = "200",
            description = "The saran and every change to it",
            content = @Content(schema = @Schema(implementation = SaranDetail.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not manage the campaign's unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign or saran",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SaranDetail get(@PathParam("campaignId") UUID campaignId, @PathParam("saranId") long saranId) {
        return service.get(campaignId, saranId);
    }

    @PUT
    @Path("{saranId}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateSaran",
            summary = "Set a saran's category, reply or note",
            description = "Absent fields stay as they are; an empty text clears one. Each changed field is audited "
                    + "(who, when, before, after). With expectedVersion, a change made since is a 409.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = SaranDetail.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown category or text too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not manage the campaign's unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign or saran",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Changed since expectedVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SaranDetail update(
            @PathParam("campaignId") UUID campaignId,
            @PathParam("saranId") long saranId,
            @Valid @NotNull SaranUpdate change) {
        return service.update(campaignId, saranId, change);
    }

    @POST
    @Path("{saranId}/status")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeSaranStatus",
            summary = "Move a saran one step: baru → ditindaklanjuti → selesai",
            description = "Any other move (back, skipping a step, the same status, after selesai) is a 409; an "
                    + "unknown status a 400. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = SaranDetail.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not manage the campaign's unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign or saran",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not the next step from the current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SaranDetail changeStatus(
            @PathParam("campaignId") UUID campaignId,
            @PathParam("saranId") long saranId,
            @Valid @NotNull StatusChange change) {
        return service.changeStatus(campaignId, saranId, change);
    }
}
