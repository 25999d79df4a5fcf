package id.rapor.platform.publication;

import id.rapor.events.ResultPublished;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Publishes result snapshots and reads them back. A snapshot is immutable (content, its hash, who, when, the
 * definitions it was computed with); a correction is a new version superseding the previous one and must say why.
 * Readers see the highest version whose embargo has passed.
 */
@ApplicationScoped
public class Publications {

    @Inject
    EntityManager em;

    @Inject
    OutboxWriter outbox;

    /**
     * Publishes {@code content} as the next version of {@code key}, with its {@link ResultPublished} event, inside the
     * caller's transaction. Refuses a correction without a reason (422 on {@code reason}), content equal to the latest
     * version's (409), and an embargo that has already passed (400 on {@code embargoUntil}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationView publish(
            PublicationKey key,
            Object content,
            Map<String, String> basis,
            Instant embargoUntil,
            String reason,
            String publishedBy) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (embargoUntil != null && !embargoUntil.isAfter(now)) {
            throw ProblemException.badRequest("embargoUntil", "must lie in the future (or be left out to publish now)");
        }
        String normalizedReason = reason == null || reason.isBlank() ? null : reason.strip();
        // one publisher per key at a time, so versions never collide
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "publication|" + key.kind() + "|" + key.subject() + "|" + key.period())
                .getSingleResult();
        Optional<Publication> latest = versions(key).stream().findFirst();
        String json = CanonicalJson.write(content);
        String hash = CanonicalJson.sha256(json);
        if (latest.isPresent()) {
            Publication previous = latest.get();
            if (normalizedReason == null) {
                throw ProblemException.businessRule(
                        "reason", "a correction of version " + previous.version + " must give a reason");
            }
            if (previous.contentHash.equals(hash)) {
                throw ProblemException.conflict(
                        "Nothing changed: the content equals version " + previous.version + " (same content hash)");
            }
        }
        Publication p = new Publication();
        p.id = UUID.randomUUID();
        p.kind = key.kind();
        p.subject = key.subject();
        p.period = key.period();
        p.version = latest.map(l -> l.version + 1).orElse(1);
        p.content = json;
        p.contentHash = hash;
        p.basis = CanonicalJson.write(basis == null ? Map.of() : basis);
        p.publishedBy = publishedBy;
        p.publishedAt = now;
        p.embargoUntil = embargoUntil == null ? null : embargoUntil.truncatedTo(ChronoUnit.MICROS);
        p.supersedes = latest.map(l -> l.id).orElse(null);
        p.reason = normalizedReason;
        em.persist(p);
        outbox.append(new ResultPublished(
                UUID.randomUUID(),
                ResultPublished.TYPE,
                ResultPublished.SCHEMA_VERSION,
                now,
                p.id,
                p.kind,
                p.subject,
                p.period,
                p.version,
                p.contentHash,
                p.embargoUntil,
                p.supersedes));
        return view(p, now, List.of(p));
    }

    /** The snapshot readers see at {@code now}: the highest version whose embargo has passed (none: a draft). */
    public Optional<StoredPublication> current(PublicationKey key, Instant now) {
        List<Publication> all = versions(key);
        return all.stream()
                .filter(p -> p.visibleAt(now))
                .findFirst()
                .map(p -> new StoredPublication(view(p, now, all)));
    }

    /** Every version of {@code key}, newest first, with its state now. */
    public List<PublicationView> history(PublicationKey key) {
        return history(key, Instant.now());
    }

    /** Every version of {@code key}, newest first, with its state at {@code now}. */
    public List<PublicationView> history(PublicationKey key, Instant now) {
        List<Publication> all = versions(key);
        List<PublicationView> views = new ArrayList<>(all.size());
        for (Publication p : all) {
            views.add(view(p, now, all));
        }
        return views;
    }

    /** One snapshot by id, if it exists, with its state at {@code now}. */
    public Optional<StoredPublication> find(UUID id, Instant now) {
        Publication p = em.find(Publication.class, id);
        if (p == null) {
            return Optional.empty();
        }
        List<Publication> all = versions(new PublicationKey(p.kind, p.subject, p.period));
        return Optional.of(new StoredPublication(view(p, now, all)));
    }

    /** The snapshot's content read as {@code type} (one read of its row's content). */
    public <T> T content(StoredPublication publication, Class<T> type) {
        return CanonicalJson.read(contentJson(publication), type);
    }

    /** The snapshot's content as stored: canonical JSON text. */
    public String contentJson(StoredPublication publication) {
        return em.createQuery("select p.content from Publication p where p.id = ?1", String.class)
                .setParameter(1, publication.id())
                .getSingleResult();
    }

    /** The 404 for a subject with no snapshot readers may see yet (problem type {@code not-published}). */
    public static ProblemException notPublished(String what) {
        return new ProblemException(404, "not-published", "Not published", what + " has not been published yet", null);
    }

    private List<Publication> versions(PublicationKey key) {
        return em.createQuery(
                        "from Publication where kind = ?1 and subject = ?2 and period = ?3 order by version desc",
                        Publication.class)
                .setParameter(1, key.kind())
                .setParameter(2, key.subject())
                .setParameter(3, key.period())
                .getResultList();
    }

    /** {@code all}: the key's versions, newest first, to tell whether a later visible version supersedes {@code p}. */
    private static PublicationView view(Publication p, Instant now, List<Publication> all) {
        PublicationState state;
        if (!p.visibleAt(now)) {
            state = PublicationState.SCHEDULED;
        } else if (all.stream().anyMatch(o -> o.version > p.version && o.visibleAt(now))) {
            state = PublicationState.SUPERSEDED;
        } else {
            state = PublicationState.PUBLISHED;
        }
        return new PublicationView(
                p.id,
                p.kind,
                p.subject,
                p.period,
                p.version,
                p.contentHash,
                p.publishedAt,
                p.publishedBy,
                p.embargoUntil,
                p.supersedes,
                p.reason,
                new TreeMap<>(CanonicalJson.readStrings(p.basis)),
                state);
    }
}
