package id.rapor.assessment.instrument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of instrument versions. */
@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<InstrumentVersion, UUID> {

    /** One version of an instrument. */
    public Optional<InstrumentVersion> findVersion(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    /** The newest version of an instrument. */
    public Optional<InstrumentVersion> findLatest(String code) {
        return find("code", Sort.descending("version"), code).firstResultOptional();
    }

    /** Every version of an instrument, oldest first. */
    public List<InstrumentVersion> findVersions(String code) {
        return list("code", Sort.ascending("version"), code);
    }

    /** The newest version of every instrument, by code. */
    public List<InstrumentVersion> findAllLatest() {
        return list("from InstrumentVersion i where i.version = "
                + "(select max(v.version) from InstrumentVersion v where v.code = i.code) order by i.code");
    }
}
