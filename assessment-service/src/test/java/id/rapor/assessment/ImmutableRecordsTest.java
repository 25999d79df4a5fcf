package id.rapor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class ImmutableRecordsTest {

    @Inject
    EntityManager em;

    @Test
    void shouldRefuseToChangePublishedInstrumentVersionsOrTheAuditTrail() {
        String unit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.admin(), "PEKPPP", 2, "73", null, List.of(unit));
        UUID assessment = UUID.fromString(Fixtures.assessmentOf(cycle, unit));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "update instrument_version set scale_max = 4 where code = 'PEKPPP'")
                                .executeUpdate()))
                .hasStackTraceContaining("instrument versions are immutable");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("delete from audit_entry where assessment_id = ?1")
                                .setParameter(1, assessment)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        Number entries = QuarkusTransaction.requiringNew()
                .call(() -> (Number) em.createNativeQuery("select count(*) from audit_entry where assessment_id = ?1")
                        .setParameter(1, assessment)
                        .getSingleResult());
        assertThat(entries.intValue()).isEqualTo(1);
    }
}
