package id.rapor.survey.webhook;

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
 * Outbound webhooks of the survey service: subscriptions to its events (survey.tally.changed, survey.response.accepted, survey.response.voided) for a region or unit,
 * and their delivery log. Admins manage any; evaluators those inside their region.
 */
@Path("/api/v1/survey/webhooks/subscriptions")
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

    /** What the survey service publishes. */
    static final Set<WebhookEventType> PUBLISHED = WebhookSubscriptions.types(
            WebhookEventType.SURVEY_TALLY_CHANGED,
            WebhookEventType.SURVEY_RESPONSE_ACCEPTED,
            WebhookEventType.SURVEY_RESPONSE_VOIDED);

    @Override
    protected Set<WebhookEventType> published() {
        return PUBLISHED;
    }
}
