package id.rapor.platform.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of webhook subscriptions and their delivery log. */
public final class WebhookDtos {

    private WebhookDtos() {}

    /** A new subscription. */
    @Schema(name = "WebhookSubscriptionRequest", example = """
                    {"url": "https://etl.biro-organisasi.sulselprov.go.id/rapor/hooks",
                     "eventTypes": ["survey.tally.changed"], "regionCode": "73",
                     "description": "Gudang data Biro Organisasi Sulawesi Selatan"}""")
    public record CreateSubscription(
            @Schema(description = "Receiver URL, http or https; must be on the allow-list when one is configured")
            @NotBlank
            @Size(max = 2000)
            String url,

            @Schema(description = "Event types to receive, e.g. survey.tally.changed, assessment.verified")
            @NotEmpty
            @Size(max = 10)
            List<@NotBlank String> eventTypes,

            @Schema(
                    description = "Only events of units in this region (province or kabupaten/kota code); required"
                            + " for evaluators, inside their own region; empty for an admin: every region")
            @Pattern(regexp = "^\\d{2}(\\.\\d{2})?$")
            String regionCode,

            @Schema(description = "Only events of this unit")
            UUID unitId,

            @Size(max = 500) String description,

            @Schema(
                    description = "Consecutive failed attempts after which deliveries pause; default: the service's"
                            + " rapor.webhooks.pause-after-failures (25)")
            @Min(1)
            @Max(1000)
            Integer pauseAfterFailures) {}

    /** A subscription as the log shows it; the secret is never included. */
    @Schema(name = "WebhookSubscription")
    public record SubscriptionView(
            UUID id,
            String url,
            List<String> eventTypes,
            String regionCode,
            UUID unitId,
            String description,

            @Schema(description = "ACTIVE or PAUSED (paused after repeated failures or by hand; resume to continue)")
            String status,

            String pausedReason,
            int consecutiveFailures,
            Integer pauseAfterFailures,
            Instant retryAt,
            long pendingDeliveries,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    /** A subscription just created (or its secret just rotated): the only time the secret is shown. */
    @Schema(name = "WebhookSubscriptionCreated")
    public record SubscriptionCreated(
            @Schema(
                    description =
                            "Signing secret (whsec_ + base64 key). Shown once: store it, it is never returned again")
            String secret,

            SubscriptionView subscription) {}

    /** One entry of the delivery log. */
    @Schema(name = "WebhookDelivery")
    public record DeliveryView(
            @Schema(description = "The webhook-id header: the same on every attempt and redelivery; deduplicate on it")
            UUID id,

            UUID subscriptionId,
            UUID eventId,
            String eventType,
            String aggregateId,

            @Schema(description = "Order of the event in its service; deliveries of one aggregate follow it")
            long sequence,

            @Schema(description = "PENDING (waiting or retrying) or DELIVERED (acknowledged with a 2xx)")
            String status,

            int attempts,
            Integer lastStatusCode,
            String lastError,
            Instant lastAttemptAt,
            Instant nextAttemptAt,
            Instant deliveredAt,
            int redeliveries,
            Instant createdAt) {}
}
