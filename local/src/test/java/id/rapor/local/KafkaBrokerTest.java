package id.rapor.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.testsupport.TopicProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void shouldKeepRecordsAcrossAStopAndRestartOnTheSamePort() throws Exception {
        Path dir = Files.createTempDirectory("rapor-kafka-test");
        try (KafkaBroker broker = new KafkaBroker(dir, Ports.free(), Ports.free())) {
            broker.start();
            TopicProbe.send(broker.bootstrapServers(), "probe", "k", "before");

            broker.stop();
            assertThat(broker.running()).isFalse();
            assertThat(Ports.listening(broker.port())).isFalse();
            broker.start();
            TopicProbe.send(broker.bootstrapServers(), "probe", "k", "after");

            var records = TopicProbe.await(broker.bootstrapServers(), "probe", r -> true, 2, Duration.ofSeconds(20));
            assertThat(records).extracting(r -> r.value()).containsExactly("before", "after");
        }
    }
}
