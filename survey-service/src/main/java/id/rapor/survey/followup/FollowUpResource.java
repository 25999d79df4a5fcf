package id.rapor.survey.followup;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import id.rapor.survey.followup.FollowUpDtos.PlanDetail;
import id.rapor.survey.followup.FollowUpDtos.PlanRequest;
import id.rapor.survey.followup.FollowUpDtos.PlanStatusChange;
import id.rapor.survey.followup.FollowUpDtos.PlanView;
import id.rapor.survey.followup.FollowUpDtos.Proposals;
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

/** Follow-up of a unit's SKM results: proposals for the weakest unsur and the plans (RTL) made from them. */
@Path("/api/v1/survey/units/{unitId}/follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up", description = "Publication media and follow-up plans (RTL) of SKM results")
public class FollowUpResource {

    @Inject
    FollowUpService service;

    @GET
    @Path("proposals")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "proposeFollowUp",
            summary = "The unsur to follow up for the unit's result of a period",
            description = "The unsur with the lowest NRR (every one tied at it) and each unsur whose NRR is lower "
                    + "than in the previous period of the same kind, lowest first, with the plan already made for "
                    + "it. NRR values are the survey result's own.")
    @APIResponse(
            responseCode = "200",
            description = "The proposals",
            content = @Content(schema = @Schema(implementation = Proposals.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unreadable period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not manage the unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "The unit has no campaign in the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Proposals proposals(
            @PathParam("unitId") UUID unitId,
            @Parameter(required = true, example = "2026-S1") @QueryParam("period") String period) {
        return service.proposals(unitId, period);
    }

    @POST
    @Path("plans")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createFollowUpPlan",
            summary = "Make a follow-up plan (RTL) for one unsur of the unit's result of a period",
            description = "Starts as rencana, with the unsur's NRR of the period as baseline and the reasons it was "
                    + "proposed (LOWEST, DROPPED, or CHOSEN when the unit picked it). Audited.")
    @APIResponse(
            responseCode = "201",
            description = "Made",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unreadable period, unknown unsur, due date before the period, evidence not a URL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not manage the unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "The unit has no campaign in the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("unitId") UUID unitId, @Valid @NotNull PlanRequest request) {
        PlanView created = service.create(unitId, request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/survey/units/" + unitId + "/follow-up/plans/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("plans")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "listFollowUpPlans",
            summary = "The unit's follow-up plans of a period or a year",
            description = "Each plan shows, once the next period has a result, that period's NRR of its unsur and "
                    + "whether it improved on the baseline.")
    @APIResponse(
            responseCode = "200",
            description = "Oldest first",
            content = @Content(schema = @Schema(implementation = PlanView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "400",
            description = "Neither period nor year, or an unreadable period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The unit lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PlanView> list(
            @PathParam("unitId") UUID unitId,
            @Parameter(example = "2026-S1") @QueryParam("period") String period,
            @Parameter(example = "2026") @QueryParam("year") Integer year) {
        return service.plans(unitId, period, year);
    }

    @GET
    @Path("plans/{planId}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getFollowUpPlan", summary = "One follow-up plan with its audit trail")
    @APIResponse(
            responseCode = "200",
            description = "The plan and every change to it",
            content = @Content(schema = @Schema(implementation = PlanDetail.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The unit lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such plan of the unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanDetail get(@PathParam("unitId") UUID unitId, @PathParam("planId") UUID planId) {
        return service.get(unitId, planId);
    }

    @POST
    @Path("plans/{planId}/status")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeFollowUpPlanStatus",
            summary = "Move a plan one step: rencana → berjalan → selesai",
            description = "Any other move (back, skipping a step, the same status, after selesai) is a 409 naming "
                    + "the field status; selesai needs an evidence link (422 naming evidenceUrl). Audited; "
                    + "republishes the unit's SKM facts of the year.")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = PlanDetail.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown status or evidence not a URL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not manage the unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such plan of the unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not the next step, or changed since expectedVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "selesai without evidence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanDetail changeStatus(
            @PathParam("unitId") UUID unitId,
            @PathParam("planId") UUID planId,
            @Valid @NotNull PlanStatusChange change) {
        return service.changeStatus(unitId, planId, change);
    }
}
