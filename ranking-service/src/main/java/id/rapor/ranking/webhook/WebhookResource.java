package id.rapor.ranking.webhook;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.webhook.WebhookEventType;
import id.rapor.platform.webhook.WebhookSubscriptionResource;
import id.rapor.platform.webhook.WebhookSubscriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Outbound webhooks of the ranking service: subscriptions to ranking.changed (one event per provincial ranking a
 * processed fact moved) for a region, and their delivery log. Admins manage any; evaluators those inside their
 * region. A ranking is provincial: a subscription receives the rankings of the provinces inside its region (a
 * kabupaten/kota subscription receives none).
 */
@Path("/api/v1/ranking/webhooks/subscriptions")
@RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not an admin, or an evaluator outside the subscription's region",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookResource extends WebhookSubscriptionResource {

    /** What the ranking service publishes. */
    static final Set<WebhookEventType> PUBLISHED = WebhookSubscriptions.types(WebhookEventType.RANKING_CHANGED);

    @Override
    protected Set<WebhookEventType> published() {
        return PUBLISHED;
    }
}
