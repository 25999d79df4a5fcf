package id.rapor.assessment.cycle;

import id.rapor.events.Period;
import id.rapor.events.RegionCodes;
import id.rapor.events.ResultPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Records a published ranking as the pemeringkatan of every cycle of its year whose scope the ranking covers: the
 * nation ({@code ID}) covers every cycle, a region the cycles scoped to it or inside it. Only yearly periods name a
 * cycle's year. An older or equal version of the same region's ranking never replaces a newer one, and a ranking of a
 * region nearer the cycle's scope wins over one of a region above it.
 */
@ApplicationScoped
public class PemeringkatanStore {

    /** The subject of a national ranking publication. */
    static final String NATIONAL = "ID";

    /** The publication kind of a ranking. */
    static final String RANKING = "ranking";

    @Inject
    EntityManager em;

    /** Applies the publication to the cycles it covers; joins the consumer's transaction. Returns how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(ResultPublished event) {
        if (!RANKING.equals(event.kind())) {
            return 0;
        }
        Optional<Period> period = Period.parse(event.period());
        if (period.isEmpty() || period.get().kind() != Period.Kind.YEAR) {
            return 0;
        }
        String subject = event.subject();
        boolean national = NATIONAL.equals(subject);
        if (!national && !RegionCodes.isValid(subject)) {
            return 0;
        }
        return em.createNativeQuery("update evaluation_cycle set pemeringkatan_region = ?1, pemeringkatan_period = ?2, "
                        + "pemeringkatan_version = ?3, pemeringkatan_content_hash = ?4, "
                        + "pemeringkatan_published_at = ?5, pemeringkatan_publication_id = ?6 "
                        + "where year = ?7 and (?8 or scope_region = ?9 or scope_region like ?10) "
                        + "and (pemeringkatan_version is null "
                        + "or (pemeringkatan_region = ?1 and pemeringkatan_version < ?3) "
                        + "or (pemeringkatan_region <> ?1 and (pemeringkatan_region = 'ID' "
                        + "or ?1 like pemeringkatan_region || '.%')))")
                .setParameter(1, subject)
                .setParameter(2, period.get().text())
                .setParameter(3, event.version())
                .setParameter(4, event.contentHash())
                .setParameter(5, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                .setParameter(6, event.publicationId())
                .setParameter(7, period.get().start().getYear())
                .setParameter(8, national)
                .setParameter(9, national ? "" : subject)
                .setParameter(10, national ? "" : RegionCodes.likeInside(subject))
                .executeUpdate();
    }
}
