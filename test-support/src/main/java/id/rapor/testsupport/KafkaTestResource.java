package id.rapor.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real Kafka 4 KRaft broker (one combined broker+controller node) inside the test JVM, started once per JVM
 * and shared by every Quarkus application started in it.
 *
 * <p>The broker lives in the test JVM, so its way out of a fatal condition ({@code Exit.halt}/{@code Exit.exit}, e.g.
 * when its log directory disappears while it shuts down at the end of the run) must not end that JVM: a halted fork
 * turns a green test run into a failed build. Such a call is reported on stderr instead, as Kafka's own tests do.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    /** The running broker's bootstrap servers, starting it on first use. */
    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            Exit.setHaltProcedure((code, message) ->
                    System.err.println("in-JVM Kafka broker asked to halt (" + code + "): " + message));
            Exit.setExitProcedure((code, message) ->
                    System.err.println("in-JVM Kafka broker asked to exit (" + code + "): " + message));
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                                .setCombined(true)
                                .setNumBrokerNodes(1)
                                .setNumControllerNodes(1)
                                .build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("log.retention.ms", "-1")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        kit.close();
                    } catch (Exception ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the in-JVM Kafka broker", e);
            }
        }
        return cluster.bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // Kept for the next application in this JVM; closed by the shutdown hook.
    }
}
