package id.rapor.platform.webhook;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import id.rapor.platform.web.PageView;
import id.rapor.platform.webhook.WebhookDtos.CreateSubscription;
import id.rapor.platform.webhook.WebhookDtos.DeliveryView;
import id.rapor.platform.webhook.WebhookDtos.SubscriptionCreated;
import id.rapor.platform.webhook.WebhookDtos.SubscriptionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The webhook subscriptions and delivery log of one service, shared by every service that publishes events: a
 * service extends it with its {@code @Path} ({@code /api/v1/<service>/webhooks/subscriptions}) and the event types it
 * publishes. Operation ids carry {@code {Service}}, which the contract filter replaces with the service's name from
 * the path ({@code createSurveyWebhookSubscription}), so they stay unique across services. Admins manage any
 * subscription; evaluators those inside their region. The OpenAPI scanner does not inherit class-level security
 * and error responses: each subclass declares {@code @SecurityRequirement} and the 401 and 403 answers itself.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhooks",
        description = "Signed, retried, ordered notifications to integrators (see the README: verifying a delivery)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not an admin, or an evaluator outside the subscription's region",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public abstract class WebhookSubscriptionResource {

    @Inject
    WebhookSubscriptions service;

    @Context
    UriInfo uri;

    /** The event types this service publishes, and thus accepts in a subscription. */
    protected abstract Set<WebhookEventType> published();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "create{Service}WebhookSubscription",
            summary = "Subscribe a receiver to this service's events",
            description = "Events of units in regionCode (or of unitId) are posted to url, signed with the secret in"
                    + " the answer (shown only here). Event types: those of this service (survey.tally.changed,"
                    + " survey.response.accepted, survey.response.voided; assessment.verified, assessment.reopened;"
                    + " ranking.changed).")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed; the secret is shown this once",
            content = @Content(schema = @Schema(implementation = SubscriptionCreated.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid URL (not http/https, not on the allow-list), event type or region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "An event type this service does not publish, or an unknown unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CreateSubscription request) {
        SubscriptionCreated created = service.create(request, published());
        return Response.created(Locations.of(
                        uri.getPath() + "/" + created.subscription().id()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            operationId = "list{Service}WebhookSubscriptions",
            summary = "The subscriptions the caller manages",
            description = "Newest first; secrets are never shown.")
    @APIResponse(
            responseCode = "200",
            description = "A page of subscriptions",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "400",
            description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<SubscriptionView> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return service.list(page, size);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get{Service}WebhookSubscription", summary = "One subscription, without its secret")
    @APIResponse(
            responseCode = "200",
            description = "The subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "delete{Service}WebhookSubscription",
            summary = "Unsubscribe",
            description = "Deletes the subscription and its delivery log; pending deliveries are not sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("{id}/pause")
    @Operation(
            operationId = "pause{Service}WebhookSubscription",
            summary = "Pause deliveries",
            description = "Events keep being queued while paused and go out, in order, when resumed. The reason"
                    + " (optional) shows in the subscription.")
    @APIResponse(
            responseCode = "200",
            description = "Paused",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView pause(@PathParam("id") UUID id, @QueryParam("reason") @Size(max = 500) String reason) {
        return service.pause(id, reason);
    }

    @POST
    @Path("{id}/resume")
    @Operation(
            operationId = "resume{Service}WebhookSubscription",
            summary = "Resume a paused subscription",
            description = "Clears the failure count; queued deliveries are sent at once, in order.")
    @APIResponse(
            responseCode = "200",
            description = "Active again",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView resume(@PathParam("id") UUID id) {
        return service.resume(id);
    }

    @POST
    @Path("{id}/secret")
    @Operation(
            operationId = "rotate{Service}WebhookSecret",
            summary = "Replace the signing secret",
            description = "Every attempt from now on is signed with the new secret, shown only in this answer.")
    @APIResponse(
            responseCode = "200",
            description = "The new secret",
            content = @Content(schema = @Schema(implementation = SubscriptionCreated.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionCreated rotateSecret(@PathParam("id") UUID id) {
        return service.rotateSecret(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(
            operationId = "list{Service}WebhookDeliveries",
            summary = "The delivery log of a subscription",
            description = "Newest event first: status, attempts, last status code and error, next attempt.")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content = @Content(schema = @Schema(implementation = DeliveryView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown status, or page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<DeliveryView> deliveries(
            @PathParam("id") UUID id,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return service.deliveries(id, status, page, size);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            operationId = "redeliver{Service}WebhookDelivery",
            summary = "Send a delivery again",
            description = "A delivered one is queued again with the same webhook-id; a pending one is tried at once."
                    + " It keeps its place in its aggregate's order.")
    @APIResponse(
            responseCode = "200",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription or delivery",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryView redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.redeliver(id, deliveryId);
    }
}
