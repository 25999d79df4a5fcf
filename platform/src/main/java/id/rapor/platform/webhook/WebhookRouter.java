package id.rapor.platform.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rapor.events.RegionCodes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns outbox rows into deliveries: in outbox id order, one delivery per subscription whose event types, region and
 * unit match, in the same transaction that marks the rows routed. Webhooks thus see exactly what the outbox holds
 * (the business transaction's own events, nothing written on a second path), and a PostgreSQL advisory lock keeps
 * one router per database, whatever the number of instances.
 */
@ApplicationScoped
public class WebhookRouter {

    /** Advisory lock key shared by all instances routing the same database. */
    private static final long ROUTER_LOCK = 0x52415030_0002L;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookScope scope;

    /** Routes one batch of outbox rows; returns how many rows were routed (0 when another instance routes). */
    public int routeOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, ROUTER_LOCK)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, event_id, event_type, message_key, payload"
                            + " from outbox_message where routed_at is null order by id limit ?1")
                    .setParameter(1, config.batchSize() * 10)
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<WebhookSubscription> subscriptions = em.createQuery(
                            "from WebhookSubscription", WebhookSubscription.class)
                    .getResultList();
            Instant now = Instant.now();
            List<Long> ids = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                ids.add(id);
                Optional<WebhookEventType> type = WebhookEventType.ofOutboxType((String) row[2]);
                if (type.isEmpty() || subscriptions.isEmpty()) {
                    continue;
                }
                route(id, (UUID) row[1], type.get(), (String) row[3], (String) row[4], subscriptions, now);
            }
            em.flush();
            em.createNativeQuery("update outbox_message set routed_at = ?1 where id = any(?2)")
                    .setParameter(1, now)
                    .setParameter(2, ids.toArray(Long[]::new))
                    .executeUpdate();
            return rows.size();
        });
    }

    private void route(
            long sequence,
            UUID eventId,
            WebhookEventType type,
            String aggregateId,
            String payload,
            List<WebhookSubscription> subscriptions,
            Instant now)
            throws Exception {
        JsonNode event = JSON.readTree(payload);
        UUID unitId = text(event, "unitId").map(UUID::fromString).orElse(null);
        String regionCode = text(event, "regionCode")
                .or(() -> unitId == null ? Optional.empty() : scope.regionOf(unitId))
                .orElse(null);
        for (WebhookSubscription subscription : subscriptions) {
            if (!matches(subscription, type, regionCode, unitId)) {
                continue;
            }
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscription.id;
            delivery.sequence = sequence;
            delivery.eventId = eventId;
            delivery.eventType = type.code;
            delivery.aggregateId = aggregateId;
            ObjectNode body = JSON.createObjectNode();
            body.put("type", type.code);
            body.put("timestamp", text(event, "occurredAt").orElse(now.toString()));
            body.put("deliveryId", delivery.id.toString());
            body.put("subscriptionId", subscription.id.toString());
            body.put("eventId", eventId.toString());
            body.put("aggregateId", aggregateId);
            body.put("sequence", sequence);
            body.put("regionCode", regionCode);
            body.put("unitId", unitId == null ? null : unitId.toString());
            body.set("data", event);
            delivery.payload = JSON.writeValueAsString(body);
            delivery.status = WebhookDelivery.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            em.persist(delivery);
        }
    }

    /** Whether the subscription wants an event of this type about this region and unit. */
    static boolean matches(WebhookSubscription subscription, WebhookEventType type, String regionCode, UUID unitId) {
        if (!subscription.eventTypeList().contains(type.code)) {
            return false;
        }
        if (subscription.unitId != null && !subscription.unitId.equals(unitId)) {
            return false;
        }
        return subscription.regionCode == null || RegionCodes.within(regionCode, subscription.regionCode);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
