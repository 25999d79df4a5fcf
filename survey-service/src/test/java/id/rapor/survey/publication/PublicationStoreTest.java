package id.rapor.survey.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rapor.events.ResultPublished;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.publication.CanonicalJson;
import id.rapor.platform.publication.PublicationKey;
import id.rapor.platform.publication.PublicationState;
import id.rapor.platform.publication.PublicationView;
import id.rapor.platform.publication.Publications;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform's publication store on the real database: versions, corrections, embargo, immutability, outbox. */
@QuarkusTest
@RaporQuarkusTest
class PublicationStoreTest {

    record Snapshot(String unit, BigDecimal ikm, List<String> items) {}

    @Inject
    Publications publications;

    @Inject
    EntityManager em;

    private static PublicationKey key() {
        return new PublicationKey("test-result", UUID.randomUUID().toString(), "2026-S1");
    }

    private PublicationView publish(PublicationKey key, Object content, Instant embargo, String reason) {
        return QuarkusTransaction.requiringNew()
                .call(() -> publications.publish(
                        key, content, Map.of("questionnaire", "SKM_2017@1"), embargo, reason, "admin-1"));
    }

    private ProblemException refusal(Runnable publish) {
        try {
            publish.run();
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("publishing was accepted");
    }

    @Test
    void shouldPublishVersionOneWithTheHashOfTheCanonicalContentAndItsEvent() {
        PublicationKey key = key();
        Snapshot content = new Snapshot(key.subject(), new BigDecimal("82.50"), List.of("U1", "U2"));

        PublicationView v1 = publish(key, content, null, null);

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(v1.supersedes()).isNull();
        assertThat(v1.basis()).containsExactly(Map.entry("questionnaire", "SKM_2017@1"));
        String canonical = "{\"ikm\":82.50,\"items\":[\"U1\",\"U2\"],\"unit\":\"" + key.subject() + "\"}";
        assertThat(v1.contentHash()).isEqualTo(CanonicalJson.sha256(canonical));

        var current = publications.current(key, Instant.now()).orElseThrow();
        assertThat(current.id()).isEqualTo(v1.id());
        assertThat(publications.content(current, Snapshot.class)).isEqualTo(content);
        // the stored JSON (re-serialised by jsonb) still canonicalises to the hashed text
        assertThat(CanonicalJson.ofJson(publications.contentJson(current))).isEqualTo(canonical);

        Object[] event = (Object[]) em.createNativeQuery(
                        "select event_type, topic, message_key, payload from outbox_message where message_key = ?1")
                .setParameter(1, v1.id().toString())
                .getSingleResult();
        assertThat(event[0]).isEqualTo(ResultPublished.TYPE);
        assertThat(event[1]).isEqualTo("rapor.publications.v1");
        assertThat((String) event[3]).contains("\"contentHash\":\"" + v1.contentHash() + "\"", "\"version\":1");
    }

    @Test
    void shouldRefuseUpdateAndDeleteOfAPublication() {
        PublicationKey key = key();
        PublicationView v1 = publish(key, Map.of("ikm", 80), null, null);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("update publication set content_hash = 'x' where id = ?1")
                                .setParameter(1, v1.id())
                                .executeUpdate()))
                .hasStackTraceContaining("is immutable");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("delete from publication where id = ?1")
                                .setParameter(1, v1.id())
                                .executeUpdate()))
                .hasStackTraceContaining("is immutable");

        assertThat(publications.history(key))
                .singleElement()
                .satisfies(v -> assertThat(v.contentHash()).isEqualTo(v1.contentHash()));
    }

    @Test
    void shouldRequireAReasonForACorrectionAndSupersedeThePreviousVersion() {
        PublicationKey key = key();
        PublicationView v1 = publish(key, Map.of("ikm", 80), null, null);

        ProblemException noReason = refusal(() -> publish(key, Map.of("ikm", 81), null, " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.toProblem().errors()).extracting(e -> e.field()).containsExactly("reason");

        ProblemException same = refusal(() -> publish(key, Map.of("ikm", 80), null, "recount"));
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.getMessage()).startsWith("Nothing changed");

        PublicationView v2 = publish(key, Map.of("ikm", 81), null, "two responses were voided after review");

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.supersedes()).isEqualTo(v1.id());
        assertThat(v2.reason()).isEqualTo("two responses were voided after review");
        assertThat(publications.history(key))
                .extracting(PublicationView::version, PublicationView::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, PublicationState.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(1, PublicationState.SUPERSEDED));
        assertThat(publications.current(key, Instant.now()).orElseThrow().id()).isEqualTo(v2.id());
    }

    @Test
    void shouldHoldAnEmbargoedVersionUntilItsEmbargoPasses() {
        PublicationKey key = key();
        PublicationView v1 = publish(key, Map.of("ikm", 80), null, null);
        Instant embargo = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        PublicationView v2 = publish(key, Map.of("ikm", 85), embargo, "final tally");

        assertThat(v2.state()).isEqualTo(PublicationState.SCHEDULED);
        Instant before = embargo.minusSeconds(1);
        assertThat(publications.current(key, before).orElseThrow().id()).isEqualTo(v1.id());
        assertThat(publications.history(key, before))
                .extracting(PublicationView::state)
                .containsExactly(PublicationState.SCHEDULED, PublicationState.PUBLISHED);
        assertThat(publications.current(key, embargo).orElseThrow().id()).isEqualTo(v2.id());
        assertThat(publications.history(key, embargo))
                .extracting(PublicationView::state)
                .containsExactly(PublicationState.PUBLISHED, PublicationState.SUPERSEDED);

        PublicationKey fresh = key();
        publish(fresh, Map.of("ikm", 70), embargo, null);
        assertThat(publications.current(fresh, before)).isEmpty();
    }

    @Test
    void shouldRefuseAnEmbargoInThePast() {
        ProblemException past =
                refusal(() -> publish(key(), Map.of("ikm", 80), Instant.now().minusSeconds(60), null));

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.toProblem().errors()).extracting(e -> e.field()).containsExactly("embargoUntil");
    }
}
