package id.rapor.ranking.definition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Queries of index definitions. */
@ApplicationScoped
public class DefinitionRepository implements PanacheRepositoryBase<IndexDefinition, Long> {

    /** The version in force for a period starting on {@code start}: the highest version effective by then. */
    public Optional<IndexDefinition> findInForce(String code, LocalDate start) {
        return find("code = ?1 and effectiveFrom <= ?2 order by version desc", code, start)
                .firstResultOptional();
    }

    /** Every version of one index, newest first. */
    public List<IndexDefinition> findVersions(String code) {
        return list("code = ?1 order by version desc", code);
    }

    /** The newest version of every index, by code. */
    public List<IndexDefinition> findLatestOfEach() {
        return list("from IndexDefinition x where x.version = (select max(d.version) from IndexDefinition d "
                + "where d.code = x.code) order by x.code");
    }

    /** One version. */
    public Optional<IndexDefinition> findVersion(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    /** Every index code that has a definition. */
    public List<String> findCodes() {
        return getEntityManager()
                .createQuery("select distinct d.code from IndexDefinition d order by d.code", String.class)
                .getResultList();
    }
}
