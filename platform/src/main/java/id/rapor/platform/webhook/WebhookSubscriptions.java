package id.rapor.platform.webhook;

import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.platform.web.PageView;
import id.rapor.platform.webhook.WebhookDtos.CreateSubscription;
import id.rapor.platform.webhook.WebhookDtos.DeliveryView;
import id.rapor.platform.webhook.WebhookDtos.SubscriptionCreated;
import id.rapor.platform.webhook.WebhookDtos.SubscriptionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Subscriptions and their delivery log, for admins (any scope) and evaluators (inside their region). Each service's
 * webhook resource calls this with the event types that service publishes.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    /** Largest page of subscriptions or deliveries. */
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    WebhookUrls urls;

    @Inject
    WebhookScope scope;

    /** Creates a subscription; the answer carries its secret, the only time it is shown. */
    @Transactional
    public SubscriptionCreated create(CreateSubscription request, Set<WebhookEventType> published) {
        String refusal = urls.refusal(request.url());
        if (refusal != null) {
            throw ProblemException.badRequest("url", refusal);
        }
        Set<String> types = new LinkedHashSet<>();
        for (String code : request.eventTypes()) {
            WebhookEventType type = WebhookEventType.ofCode(code)
                    .orElseThrow(() -> ProblemException.badRequest("eventTypes", "unknown event type " + code));
            if (!published.contains(type)) {
                throw ProblemException.businessRule(
                        "eventTypes",
                        type.outboxType == null
                                ? code + " is not published yet"
                                : code + " is not published by this service; subscribe where it is produced");
            }
            types.add(type.code);
        }
        String regionCode = request.regionCode();
        if (request.unitId() != null) {
            String unitRegion = scope.regionOf(request.unitId())
                    .orElseThrow(() -> ProblemException.businessRule(
                            "unitId", "unit " + request.unitId() + " is not known to this service"));
            if (regionCode != null && !RegionCodes.within(unitRegion, regionCode)) {
                throw ProblemException.businessRule(
                        "unitId", "unit " + request.unitId() + " lies outside region " + regionCode);
            }
            regionCode = unitRegion;
        }
        if (regionCode == null && !caller.isAdmin()) {
            regionCode = caller.region().orElse(null);
        }
        if (regionCode == null) {
            if (!caller.isAdmin()) {
                throw ProblemException.forbidden("Only an admin subscribes to every region");
            }
        } else {
            caller.requireManage(regionCode);
        }
        Instant now = Instant.now();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.url = request.url();
        subscription.secret = WebhookSignature.newSecret();
        subscription.eventTypes = String.join(",", types);
        subscription.regionCode = regionCode;
        subscription.unitId = request.unitId();
        subscription.description = request.description();
        subscription.pauseAfterFailures = request.pauseAfterFailures();
        subscription.status = WebhookSubscription.ACTIVE;
        subscription.createdBy = caller.name();
        subscription.createdAt = now;
        subscription.updatedAt = now;
        em.persist(subscription);
        return new SubscriptionCreated(subscription.secret, view(subscription));
    }

    /** The subscriptions the caller may manage, newest first. */
    public PageView<SubscriptionView> list(int page, int size) {
        checkPage(page, size);
        String where = caller.isAdmin() ? "" : " where s.regionCode = :scope or s.regionCode like :inside escape '\\'";
        var query = em.createQuery(
                "from WebhookSubscription s" + where + " order by s.createdAt desc, s.id", WebhookSubscription.class);
        var count = em.createQuery("select count(s) from WebhookSubscription s" + where, Long.class);
        if (!caller.isAdmin()) {
            String region = caller.region().orElse("\u0000");
            query.setParameter("scope", region).setParameter("inside", RegionCodes.likeInside(region));
            count.setParameter("scope", region).setParameter("inside", RegionCodes.likeInside(region));
        }
        List<SubscriptionView> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(this::view)
                .toList();
        return new PageView<>(items, page, size, count.getSingleResult());
    }

    /** One subscription (403 outside the caller's scope). */
    public SubscriptionView get(UUID id) {
        return view(managed(id));
    }

    /** Deletes a subscription with its delivery log; pending deliveries are dropped with it. */
    @Transactional
    public void delete(UUID id) {
        managed(id);
        // deliveries before the subscription: the sender locks in that order too
        em.createQuery("delete from WebhookDelivery where subscriptionId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("delete from WebhookSubscription where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Pauses deliveries by hand; events keep being queued and nothing is skipped. */
    @Transactional
    public SubscriptionView pause(UUID id, String reason) {
        managed(id);
        em.createQuery("update WebhookSubscription set status = 'PAUSED', pausedReason = :reason, updatedAt = :now"
                        + " where id = :id")
                .setParameter("reason", reason == null || reason.isBlank() ? "paused by " + caller.name() : reason)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .executeUpdate();
        em.clear();
        return view(managed(id));
    }

    /** Resumes a paused subscription: its queued deliveries go out at once, in order. */
    @Transactional
    public SubscriptionView resume(UUID id) {
        managed(id);
        Instant now = Instant.now();
        // deliveries first and never waiting (a sender may hold some), then the subscription
        em.createNativeQuery("update webhook_delivery set next_attempt_at = ?1 where id in (select id from"
                        + " webhook_delivery where subscription_id = ?2 and status = 'PENDING' for update skip locked)")
                .setParameter(1, now)
                .setParameter(2, id)
                .executeUpdate();
        em.createQuery("update WebhookSubscription set status = 'ACTIVE', pausedReason = null,"
                        + " consecutiveFailures = 0, retryAt = null, updatedAt = :now where id = :id")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
        em.clear();
        return view(managed(id));
    }

    /** Replaces the signing secret; the answer carries the new one, the only time it is shown. */
    @Transactional
    public SubscriptionCreated rotateSecret(UUID id) {
        managed(id);
        String secret = WebhookSignature.newSecret();
        em.createQuery("update WebhookSubscription set secret = :secret, updatedAt = :now where id = :id")
                .setParameter("secret", secret)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .executeUpdate();
        em.clear();
        return new SubscriptionCreated(secret, view(managed(id)));
    }

    /** The delivery log of a subscription, newest event first, optionally of one status. */
    public PageView<DeliveryView> deliveries(UUID id, String status, int page, int size) {
        checkPage(page, size);
        managed(id);
        if (status != null && !status.equals(WebhookDelivery.PENDING) && !status.equals(WebhookDelivery.DELIVERED)) {
            throw ProblemException.badRequest("status", "status is PENDING or DELIVERED");
        }
        String where = " where d.subscriptionId = :id" + (status == null ? "" : " and d.status = :status");
        var query =
                em.createQuery("from WebhookDelivery d" + where + " order by d.sequence desc", WebhookDelivery.class);
        var count = em.createQuery("select count(d) from WebhookDelivery d" + where, Long.class);
        query.setParameter("id", id);
        count.setParameter("id", id);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<DeliveryView> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(WebhookSubscriptions::view)
                .toList();
        return new PageView<>(items, page, size, count.getSingleResult());
    }

    /**
     * Sends a delivery again: a delivered one is queued anew (same id, so receivers can tell), a pending one is tried
     * at once. Either way it keeps its place in its aggregate's order; a paused subscription sends it once resumed.
     */
    @Transactional
    public DeliveryView redeliver(UUID id, UUID deliveryId) {
        managed(id);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(id)) {
            throw ProblemException.notFound("Delivery", deliveryId);
        }
        Instant now = Instant.now();
        em.createQuery("update WebhookDelivery set redeliveries = redeliveries"
                        + " + (case when status = 'DELIVERED' then 1 else 0 end),"
                        + " status = 'PENDING', nextAttemptAt = :now where id = :id")
                .setParameter("now", now)
                .setParameter("id", deliveryId)
                .executeUpdate();
        em.createQuery("update WebhookSubscription set retryAt = null where id = :id and retryAt is not null")
                .setParameter("id", id)
                .executeUpdate();
        em.clear();
        return view(em.find(WebhookDelivery.class, deliveryId));
    }

    private WebhookSubscription managed(UUID id) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
        if (subscription == null) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
        if (subscription.regionCode == null) {
            if (!caller.isAdmin()) {
                throw ProblemException.forbidden("This subscription covers every region: an admin's");
            }
        } else {
            caller.requireManage(subscription.regionCode);
        }
        return subscription;
    }

    private SubscriptionView view(WebhookSubscription s) {
        long pending = em.createQuery(
                        "select count(d) from WebhookDelivery d where d.subscriptionId = :id and d.status = 'PENDING'",
                        Long.class)
                .setParameter("id", s.id)
                .getSingleResult();
        return new SubscriptionView(
                s.id,
                s.url,
                new ArrayList<>(s.eventTypeList()),
                s.regionCode,
                s.unitId,
                s.description,
                s.status,
                s.pausedReason,
                s.consecutiveFailures,
                s.pauseAfterFailures,
                s.retryAt,
                pending,
                s.createdBy,
                s.createdAt,
                s.updatedAt);
    }

    private static DeliveryView view(WebhookDelivery d) {
        return new DeliveryView(
                d.id,
                d.subscriptionId,
                d.eventId,
                d.eventType,
                d.aggregateId,
                d.sequence,
                d.status,
                d.attempts,
                d.lastStatusCode,
                d.lastError,
                d.lastAttemptAt,
                d.nextAttemptAt,
                d.deliveredAt,
                d.redeliveries,
                d.createdAt);
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || page > PageView.MAX_PAGE) {
            throw ProblemException.badRequest("page", "page is between 0 and " + PageView.MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("size", "size is between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /** The published types as a set, for a service's resource. */
    public static Set<WebhookEventType> types(WebhookEventType... types) {
        return java.util.Arrays.stream(types).collect(Collectors.toUnmodifiableSet());
    }
}
