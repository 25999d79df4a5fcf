package id.rapor.ranking.publication;

import id.rapor.events.Period;
import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.publication.PublicationKey;
import id.rapor.platform.publication.PublicationState;
import id.rapor.platform.publication.PublicationView;
import id.rapor.platform.publication.Publications;
import id.rapor.platform.publication.StoredPublication;
import id.rapor.platform.security.Caller;
import id.rapor.ranking.publication.RankingPublicationDtos.PublicationStatus;
import id.rapor.ranking.publication.RankingPublicationDtos.PublishRankingRequest;
import id.rapor.ranking.publication.RankingPublicationDtos.RankingSnapshot;
import id.rapor.ranking.ranking.RankingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Publishes the ranking of a region and period (a province, a kab/kota, or {@code ID}, the nation) as an immutable
 * snapshot through the platform's {@link Publications}, and finds the snapshot that covers a read: the region's own
 * or that of the nearest region above it.
 */
@ApplicationScoped
public class RankingPublicationService {

    /** Snapshots are immutable, so a parsed one can be kept: the most recently read few, by publication id. */
    private static final int CACHED = 16;

    private final Map<UUID, RankingSnapshot> parsed = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RankingSnapshot> eldest) {
            return size() > CACHED;
        }
    };

    @Inject
    Publications publications;

    @Inject
    RankingSnapshots snapshots;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    /** A published snapshot as a read uses it. */
    public record Published(PublicationStatus status, RankingSnapshot snapshot) {}

    /**
     * Publishes the ranking of the request's region and period as it stands now (admin; an evaluator for a region
     * inside its own; the nation only an admin), with its {@code ResultPublished} event in the same transaction.
     * The first publication needs no reason; a correction does (422), and one that changes nothing is a 409.
     */
    @Transactional
    public PublicationView publish(PublishRankingRequest request) {
        String region = request.regionCode();
        boolean national = RankingPublicationDtos.NATIONAL.equals(region);
        if (national ? !caller.isAdmin() : !caller.canManage(region)) {
            throw ProblemException.forbidden("Publishing the ranking of " + region + " lies outside your scope");
        }
        Period period = RankingService.requirePeriod(request.period());
        RankingSnapshots.Taken taken = snapshots.take(region, period);
        if (taken.snapshot().indices().isEmpty()) {
            throw ProblemException.businessRule(
                    "period", "no unit of " + region + " has a ranking result in " + period.text() + " to publish");
        }
        Map<String, String> basis = new TreeMap<>();
        taken.definitionVersions().forEach((code, version) -> basis.put(code, String.valueOf(version)));
        return publications.publish(
                key(region, period.text()),
                taken.snapshot(),
                basis,
                request.embargoUntil(),
                request.reason(),
                caller.name());
    }

    /**
     * Every version published for the region and period, newest first; managers of the region also see versions
     * still under embargo, everyone else only those readers may see now.
     */
    public List<PublicationView> history(String regionCode, String periodText) {
        if (regionCode == null
                || !(RankingPublicationDtos.NATIONAL.equals(regionCode) || RegionCodes.isValid(regionCode))) {
            throw ProblemException.badRequest("regionCode", "must be ID or a Kemendagri region code such as 73");
        }
        Period period = RankingService.requirePeriod(periodText);
        boolean manager = caller.isAdmin()
                || caller.isViewer()
                || (!RankingPublicationDtos.NATIONAL.equals(regionCode) && caller.inRegion(regionCode));
        return publications.history(key(regionCode, period.text())).stream()
                .filter(v -> manager || v.state() != PublicationState.SCHEDULED)
                .toList();
    }

    /** The snapshot readers see now for {@code region} (null: national) in {@code period}, nearest first. */
    public Optional<Published> covering(String region, String periodText) {
        String period = RankingService.requirePeriod(periodText).text();
        Instant now = Instant.now();
        for (String subject : chain(region)) {
            Optional<StoredPublication> current = publications.current(key(subject, period), now);
            if (current.isPresent()) {
                return Optional.of(published(current.get()));
            }
        }
        return Optional.empty();
    }

    /** The newest version published (embargoed or not) for the region or the nearest region above it. */
    public Optional<PublicationStatus> newest(String region, String periodText) {
        Optional<Period> period = Period.parse(periodText == null ? "" : periodText);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        for (String subject : chain(region)) {
            List<PublicationView> history =
                    publications.history(key(subject, period.get().text()));
            if (!history.isEmpty()) {
                return Optional.of(status(history.get(0)));
            }
        }
        return Optional.empty();
    }

    /** For every period some current publication covers {@code region}: the nearest one, in period order. */
    @SuppressWarnings("unchecked")
    public List<Published> coveringEveryPeriod(String region) {
        List<String> periods = em.createNativeQuery(
                        "select distinct period from publication where kind = :kind and subject in (:subjects)")
                .setParameter("kind", RankingPublicationDtos.KIND)
                .setParameter("subjects", chain(region))
                .getResultList();
        List<Published> found = new ArrayList<>();
        periods.stream()
                .sorted(Comparator.comparing(
                                (String p) -> Period.parse(p).map(Period::start).orElse(java.time.LocalDate.MIN))
                        .thenComparing(p -> p))
                .forEach(p -> covering(region, p).ifPresent(found::add));
        return found;
    }

    private Published published(StoredPublication stored) {
        RankingSnapshot snapshot;
        synchronized (parsed) {
            snapshot = parsed.get(stored.id());
        }
        if (snapshot == null) {
            snapshot = publications.content(stored, RankingSnapshot.class);
            synchronized (parsed) {
                parsed.put(stored.id(), snapshot);
            }
        }
        return new Published(status(stored.view()), snapshot);
    }

    private static PublicationStatus status(PublicationView view) {
        return new PublicationStatus(
                view.subject(),
                view.period(),
                view.version(),
                view.contentHash(),
                view.publishedAt(),
                view.embargoUntil());
    }

    /** The region itself, the regions above it, then the nation: where a covering publication may be. */
    static List<String> chain(String region) {
        List<String> chain = new ArrayList<>();
        if (region != null && !RankingPublicationDtos.NATIONAL.equals(region)) {
            String[] parts = region.split("\\.");
            for (int n = parts.length; n >= 1; n--) {
                chain.add(String.join(".", java.util.Arrays.copyOf(parts, n)));
            }
        }
        chain.add(RankingPublicationDtos.NATIONAL);
        return chain;
    }

    private static PublicationKey key(String subject, String period) {
        return new PublicationKey(RankingPublicationDtos.KIND, subject, period);
    }
}
