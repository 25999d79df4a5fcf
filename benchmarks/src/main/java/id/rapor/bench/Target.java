package id.rapor.bench;

import id.rapor.local.Stack;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/** The system under test: a throw-away stack this harness started, or a stack already running on this machine. */
final class Target implements AutoCloseable {

    private static final List<String> MODULES =
            List.of("assessment-service", "survey-service", "ranking-service", "gateway");

    private final Stack stack;
    private Path snapshot;
    private final String gatewayUrl;
    private final Map<String, Integer> ports;
    private final String surveyDatabase;
    private final String kafkaBootstrap;
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Target(
            Stack stack, String gatewayUrl, Map<String, Integer> ports, String surveyDatabase, String kafkaBootstrap) {
        this.stack = stack;
        this.kafkaBootstrap = kafkaBootstrap;
        this.gatewayUrl = gatewayUrl;
        this.ports = ports;
        this.surveyDatabase = surveyDatabase;
    }

    /**
     * Starts the broker and the four services on free ports with throw-away databases, from a snapshot of the built
     * applications under {@code target/benchmarks/stack-<time>} (so a rebuild during a long run cannot pull classes
     * from under the running services); the logs stay there.
     */
    static Target isolated() throws IOException {
        Path root = Stack.findRoot();
        Path snapshot = root.resolve("target/benchmarks/stack-" + Long.toString(System.currentTimeMillis(), 36));
        for (String module : MODULES) {
            Path app = root.resolve(module).resolve("target/quarkus-app");
            if (!Files.exists(app.resolve("quarkus-run.jar"))) {
                throw new IllegalStateException(app.resolve("quarkus-run.jar") + " is missing: build first "
                        + "(./mvnw -B -q -DskipTests package), or run ./benchmark.sh without --no-build");
            }
            linkTree(app, snapshot.resolve(module).resolve("target/quarkus-app"));
        }
        Stack stack;
        try {
            stack = Stack.start(Stack.Options.isolated(snapshot));
        } catch (RuntimeException e) {
            removeApplications(snapshot);
            throw e;
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        Stack.SERVICES.forEach(name -> ports.put(name, stack.service(name).port()));
        Target target = new Target(
                stack,
                stack.gatewayUrl(),
                ports,
                stack.database("survey"),
                stack.kafka().bootstrapServers());
        target.snapshot = snapshot;
        return target;
    }

    /** Hard links (a rebuild replaces files, leaving linked ones intact), or copies across file systems. */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.createLink(target, file);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(file, target);
                    }
                }
            }
        }
    }

    /**
     * A stack already running; {@code ports} name the services' ports (for their processes' memory) and
     * {@code surveyDatabase} the survey service's database (for the raw COPY's scratch table).
     */
    static Target running(String gatewayUrl, Map<String, Integer> ports, String surveyDatabase, String kafkaBootstrap) {
        Map<String, Integer> all = new LinkedHashMap<>(ports);
        all.put("gateway", URI.create(gatewayUrl).getPort());
        return new Target(null, gatewayUrl, all, surveyDatabase, kafkaBootstrap);
    }

    String gatewayUrl() {
        return gatewayUrl;
    }

    String surveyDatabase() {
        return surveyDatabase;
    }

    /** The broker the services use. */
    String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** Whether this harness started the stack (and may fill it with seed data). */
    boolean startedHere() {
        return stack != null;
    }

    /** A service's own address (not the gateway's), e.g. for its {@code /q/metrics}. */
    String serviceUrl(String service) {
        if (stack != null) {
            return stack.service(service).url();
        }
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalArgumentException("no port known for " + service + " (see --ports)");
        }
        return "http://127.0.0.1:" + port;
    }

    /** The service's process id, -1 when unknown. */
    synchronized long pid(String service) {
        if (stack != null) {
            return stack.service(service).pid();
        }
        return pids.computeIfAbsent(
                service, s -> ports.containsKey(s) ? ProcessMemory.pidListeningOn(ports.get(s)) : -1L);
    }

    /** How long the service took to become ready, known only for a stack started here. */
    Optional<Duration> startTime(String service) {
        return stack == null
                ? Optional.empty()
                : Optional.ofNullable(stack.service(service).lastStartTime());
    }

    /** Where the services' logs are, for error messages. */
    String logs() {
        return stack == null
                ? "the running stack's logs"
                : stack.options().workDir().resolve("logs").toString();
    }

    @Override
    public void close() {
        if (stack != null && closed.compareAndSet(false, true)) {
            stack.close();
            removeApplications(snapshot);
        }
    }

    /** Removes the snapshot's applications, keeping the logs next to them. */
    private static void removeApplications(Path snapshot) {
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(snapshot.resolve(module))) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not remove the application snapshot " + snapshot.resolve(module));
            }
        }
    }
}
