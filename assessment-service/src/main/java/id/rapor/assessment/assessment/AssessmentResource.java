package id.rapor.assessment.assessment;

import id.rapor.assessment.assessment.AssessmentDtos.AnswersRequest;
import id.rapor.assessment.assessment.AssessmentDtos.AssessmentSummary;
import id.rapor.assessment.assessment.AssessmentDtos.AssessmentView;
import id.rapor.assessment.assessment.AssessmentDtos.ReturnRequest;
import id.rapor.assessment.assessment.AssessmentDtos.ScoresRequest;
import id.rapor.assessment.audit.AuditTrail.AuditView;
import id.rapor.assessment.cycle.Tier;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assessments of lokus units: answers with evidence, tiered scores, send back, verify, audit trail. */
@Path("/api/v1/assessment/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Self-assessment, evaluation and verification of units")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Outside the caller's role, region or unit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "listAssessments", summary = "Assessments the caller may read")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    @APIResponse(
            responseCode = "400",
            description = "Bad filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<AssessmentSummary> list(
            @QueryParam("cycleId") UUID cycleId,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("status") AssessmentStatus status,
            @QueryParam("region") String region,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(cycleId, unitId, status, region, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "getAssessment",
            summary = "One assessment with answers, each tier's scores and results with their inputs")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}/answers")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            operationId = "saveAssessmentAnswers",
            summary = "Record the unit's answers with evidence (MANDIRI tier)",
            description = "Self-assessment phase, or revision phase once sent back. All answers are checked "
                    + "before any is written.")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description =
                    "Unknown indicator, value outside the rubric, unknown evidence " + "slot, wrong status or phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentView answer(@PathParam("id") UUID id, @Valid @NotNull AnswersRequest request) {
        return service.answer(id, request.answers());
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            operationId = "submitAssessment",
            summary = "Submit the self-assessment",
            description = "Publishes AssessmentSubmitted (MANDIRI tier).")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unanswered indicators, missing evidence, wrong status or phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentView submit(@PathParam("id") UUID id) {
        return service.submit(id);
    }

    @PUT
    @Path("{id}/tiers/{tier}/scores")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "scoreAssessmentTier",
            summary = "Record an evaluator's scores in a tier (KABKOTA or PROVINSI)",
            description = "Evaluation or revision phase; the tier before must be complete.")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields or unknown tier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown indicator, score outside the rubric, wrong tier, " + "status or phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentView score(
            @PathParam("id") UUID id, @PathParam("tier") Tier tier, @Valid @NotNull ScoresRequest request) {
        return service.score(id, tier, request.scores());
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "returnAssessment",
            summary = "Send an assessment back to the unit for revision",
            description = "Publishes AssessmentReopened.")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(
            responseCode = "400",
            description = "No reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Wrong status or phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentView sendBack(@PathParam("id") UUID id, @Valid @NotNull ReturnRequest request) {
        return service.sendBack(id, request.reason());
    }

    @POST
    @Path("{id}/verify")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "verifyAssessment",
            summary = "Verify an assessment; its final tier's score becomes the result",
            description = "Publishes AssessmentVerified.")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Final tier incomplete, wrong status or phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentView verify(@PathParam("id") UUID id) {
        return service.verify(id);
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "listAssessmentAudit",
            summary = "The append-only audit trail of an assessment (who, when, what)")
    @APIResponse(responseCode = "200", description = "The trail, oldest first")
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditView> audit(@PathParam("id") UUID id) {
        return service.trail(id);
    }
}
