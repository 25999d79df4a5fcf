package id.rapor.survey.response;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.LargeBody;
import id.rapor.survey.feed.ResponseFeedDtos.ResponsePage;
import id.rapor.survey.feed.ResponseFeedService;
import id.rapor.survey.feed.ResponseFilter;
import id.rapor.survey.integrity.ClientInfo;
import id.rapor.survey.integrity.IntegrityConfig;
import id.rapor.survey.integrity.IntegrityDtos;
import id.rapor.survey.integrity.IntegrityDtos.ReviewDecision;
import id.rapor.survey.integrity.IntegrityDtos.ReviewResult;
import id.rapor.survey.integrity.ReviewService;
import id.rapor.survey.integrity.SubmissionGuard;
import id.rapor.survey.response.ResponseDtos.BatchResult;
import id.rapor.survey.response.ResponseDtos.ResponseReceipt;
import id.rapor.survey.response.ResponseDtos.ResponseRequest;
import id.rapor.survey.response.ResponseDtos.VoidRequest;
import id.rapor.survey.response.ResponseDtos.VoidResult;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Survey response ingestion: one at a time (anonymous while open), JSON batches and CSV files of paper forms. */
@Path("/api/v1/survey/campaigns/{campaignId}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responses", description = "Idempotent, all-or-nothing response ingestion")
@APIResponse(
        responseCode = "404",
        description = "No such campaign",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "409",
        description = "Campaign closed, or a response id reused with other content",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ResponseResource {

    /** Header carrying the client's key for a retry-safe request. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ResponseService service;

    @Inject
    IntegrityConfig integrity;

    @Inject
    ReviewService review;

    @Inject
    ResponseFeedService feed;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "listCampaignResponses",
            summary = "Read a campaign's responses (keyset feed)",
            description = "For those who manage the unit: its operator, evaluators of its region, admins. In commit "
                    + "order: a row appears once the transaction that wrote it, and every transaction that started "
                    + "before it, has ended, so a late commit is never skipped. Pass nextCursor back as cursor for "
                    + "the next page, now or in a later pull, so an ETL job sees every new, voided or reviewed "
                    + "response exactly once more after it changes (the cursor is opaque). "
                    + "updatedSince (inclusive) starts an increment without a cursor. Demographics and the suggestion "
                    + "appear only where the respondent consented and the caller may read raw responses (evaluator "
                    + "of the region, admin); personalFields says why they are absent.")
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(schema = @Schema(implementation = ResponsePage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid filter, cursor or size; errors name the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller does not manage the campaign's unit (viewers never do)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResponsePage list(
            @PathParam("campaignId") UUID campaignId,
            @Parameter(description = "WEB, BATCH or CSV") @QueryParam("channel") String channel,
            @Parameter(description = "ISO date or instant, inclusive", example = "2026-07-01")
                    @QueryParam("submittedFrom")
                    String submittedFrom,
            @Parameter(description = "ISO date or instant, inclusive", example = "2026-07-31")
                    @QueryParam("submittedTo")
                    String submittedTo,
            @Parameter(description = "true: only responses with a quality flag; false: only those without")
                    @QueryParam("flagged")
                    Boolean flagged,
            @Parameter(description = "true: only voided responses; false: only those not voided") @QueryParam("voided")
                    Boolean voided,
            @Parameter(
                            description = "Only rows changed at or after this ISO instant or date",
                            example = "2026-07-01T00:00:00Z")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Rows per page, 1 to 1000 (default 100)") @QueryParam("size") Integer size) {
        ResponseFilter filter =
                ResponseFilter.parse(channel, submittedFrom, submittedTo, flagged, voided, updatedSince);
        return feed.list(campaignId, filter, cursor, size);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitResponse",
            summary = "Submit one response",
            description = "Anonymous allowed while the campaign is open, with the campaign's public form token "
                    + "(X-Form-Token) and a solved proof-of-work challenge (X-Proof-Of-Work, from GET .../challenge); "
                    + "the unit's operator, evaluators of its region and admins need neither. Everyone is held to the "
                    + "per campaign and per client limits (429 with Retry-After). Answers by item code. A replay with "
                    + "the same clientResponseId or Idempotency-Key in the same namespace returns the first receipt "
                    + "(200) and counts once. Responses that trip a quality check are stored but held out of the "
                    + "tally until an evaluator reviews them.")
    @APIResponse(
            responseCode = "201",
            description = "Accepted",
            content = @Content(schema = @Schema(implementation = ResponseReceipt.class)))
    @APIResponse(
            responseCode = "200",
            description = "Replay of an accepted response",
            content = @Content(schema = @Schema(implementation = ResponseReceipt.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid answers or fields, missing or invalid proof-of-work",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Missing, revoked or wrong form token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Submission limit of the campaign or the client reached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @PathParam("campaignId") UUID campaignId,
            @Parameter(description = "Client key; same as clientResponseId") @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Parameter(description = "The campaign's public form token") @HeaderParam(SubmissionGuard.FORM_TOKEN)
                    String formToken,
            @Parameter(description = "base64 JSON solution of a challenge") @HeaderParam(SubmissionGuard.PROOF_OF_WORK)
                    String proofOfWork,
            @Context HttpServerRequest http,
            @Valid @NotNull ResponseRequest request) {
        ResponseService.Submitted submitted = service.submitOne(
                campaignId, request, key, formToken, proofOfWork, ClientInfo.of(http, integrity.trustedProxies()));
        return Response.status(submitted.replayed() ? 200 : 201)
                .entity(submitted.receipt())
                .build();
    }

    @POST
    @LargeBody
    @Path("batch")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitResponseBatch",
            summary = "Submit a batch of responses (up to 10,000)",
            description = "All or nothing; errors name [index].field. Rows whose clientResponseId was already "
                    + "accepted with the same content count once; with an Idempotency-Key a replay returns the "
                    + "first result.")
    @APIResponse(
            responseCode = "200",
            description = "Accepted",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid rows; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResult batch(
            @PathParam("campaignId") UUID campaignId,
            @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Parameter(description = "Reference of the batch of forms, stored with each row")
                    @QueryParam("batchReference")
                    String batchReference,
            List<ResponseRequest> rows) {
        return service.submitBatch(campaignId, rows, key, batchReference);
    }

    @POST
    @LargeBody
    @Path("csv")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes("text/csv")
    @Operation(
            operationId = "importResponseCsv",
            summary = "Import paper forms as CSV (up to 10,000 rows)",
            description = "batchReference names the batch of paper forms (required from the unit's operator; "
                    + "without it an evaluator's or admin's rows are flagged for review). "
                    + "Header: client_response_id, gender (L/P), age, age_band, education, occupation, "
                    + "service_used, consent (true/false), suggestion - all optional except consent - plus one column "
                    + "per item code (U1..U9 for SKM 2017); a blank answer cell means not answered. All or nothing; "
                    + "errors name 'row N, column C' with the header as row 1.")
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid rows or header; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResult csv(
            @PathParam("campaignId") UUID campaignId,
            @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Parameter(description = "Reference of the batch of paper forms (register, box or envelope number)")
                    @QueryParam("batchReference")
                    String batchReference,
            String body) {
        return service.submitCsv(campaignId, body, key, batchReference);
    }

    @POST
    @Path("{responseId}/void")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "voidResponse",
            summary = "Void a response",
            description = "Kept and flagged with the reason; excluded from the tally "
                    + "and results. Publishes SurveyTallyChanged. An evaluator of the region or an admin voids at once; the "
                    + "unit's own operator files a void request (202) that one of them approves.")
    @APIResponse(
            responseCode = "200",
            description = "Voided",
            content = @Content(schema = @Schema(implementation = VoidResult.class)))
    @APIResponse(
            responseCode = "202",
            description = "Void request filed, waiting for an evaluator's approval",
            content = @Content(schema = @Schema(implementation = IntegrityDtos.VoidRequestView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response voidResponse(
            @PathParam("campaignId") UUID campaignId,
            @PathParam("responseId") String responseId,
            @Parameter(description = "The response id's namespace, when several hold it (e.g. WEB/public)")
                    @QueryParam("namespace")
                    String namespace,
            @Valid @NotNull VoidRequest request) {
        ResponseService.VoidOutcome outcome = service.voidResponse(campaignId, responseId, namespace, request.reason());
        return outcome.done() != null
                ? Response.ok(outcome.done()).build()
                : Response.accepted(outcome.pending()).build();
    }

    @POST
    @Path("{responseId}/review")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reviewResponse",
            summary = "Accept or exclude a flagged response",
            description = "ACCEPT puts it into the tally (and the IKM); EXCLUDE keeps it out for good. Audited with "
                    + "the reason. Publishes SurveyTallyChanged.")
    @APIResponse(
            responseCode = "200",
            description = "Decided",
            content = @Content(schema = @Schema(implementation = ReviewResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid decision or missing reason",
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
            responseCode = "409",
            description = "Not waiting for review, or the id exists in several namespaces",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewResult review(
            @PathParam("campaignId") UUID campaignId,
            @PathParam("responseId") String responseId,
            @QueryParam("namespace") String namespace,
            @Valid @NotNull ReviewDecision decision) {
        return review.decide(campaignId, responseId, namespace, decision.decision(), decision.reason());
    }
}
