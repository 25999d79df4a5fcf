package id.rapor.local;

import id.rapor.testsupport.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole Rapor system on one machine: a Kafka KRaft broker, the three data services (each with its own
 * PostgreSQL database) and the gateway, each in its own process. The local run and the system tests start it
 * the same way.
 */
public final class Stack implements AutoCloseable {

    /** Service names, in start order; the gateway last. */
    public static final List<String> SERVICES = List.of("assessment", "survey", "ranking", "gateway");

    private final Options options;
    private final Map<String, String> identity;
    private final KafkaBroker kafka;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    /** Where things run: ports, databases, the working directory for logs and broker data. */
    public record Options(
            Path root,
            Path workDir,
            int gatewayPort,
            int assessmentPort,
            int surveyPort,
            int rankingPort,
            int kafkaPort,
            int kafkaControllerPort,
            String databasePrefix,
            boolean dropDatabasesOnClose) {

        /** The local run's fixed ports and persistent databases ({@code rapor_assessment}, ...). */
        public static Options local(Path root) {
            return new Options(root, root.resolve("target/local"), 8080, 8081, 8082, 8083, 9092, 9093, "rapor", false);
        }

        /** Free ports, throw-away databases and a fresh directory: for tests, next to anything else running. */
        public static Options isolated(Path root) {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            return new Options(
                    root,
                    root.resolve("target/stack-" + id),
                    Ports.free(),
                    Ports.free(),
                    Ports.free(),
                    Ports.free(),
                    Ports.free(),
                    Ports.free(),
                    "s_" + id,
                    true);
        }
    }

    private Stack(Options options, Map<String, String> identity) {
        this.options = options;
        this.identity = Map.copyOf(identity);
        this.kafka =
                new KafkaBroker(options.workDir().resolve("kafka"), options.kafkaPort(), options.kafkaControllerPort());
    }

    /**
     * How the gateway and the services verify tokens in the local run and the system tests: the repository's dev key
     * and issuer, accepted explicitly (a packaged application refuses them otherwise).
     */
    public static Map<String, String> devIdentity() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "rapor/dev-jwt-public.pem",
                "MP_JWT_VERIFY_ISSUER",
                "https://rapor.id/dev",
                "MP_JWT_VERIFY_AUDIENCES",
                "rapor-api",
                "RAPOR_IDENTITY_ACCEPT_DEV_KEY",
                "true");
    }

    /** Starts the broker and the four services with the dev identity and waits until all are ready. */
    public static Stack start(Options options) {
        return start(options, devIdentity());
    }

    /**
     * Starts the broker and the four services, the gateway and services verifying tokens as {@code identity} says
     * (environment variables: key location, issuer, audience, ...), and waits until all are ready.
     */
    public static Stack start(Options options, Map<String, String> identity) {
        Stack stack = new Stack(options, identity);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        if (!PostgresServer.reachable()) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + PostgresServer.host() + ":"
                    + PostgresServer.port() + " as " + PostgresServer.user() + ". " + Postgres.HOW_TO);
        }
        for (String db : List.of("assessment", "survey", "ranking")) {
            try {
                PostgresServer.createDatabaseIfMissing(database(db));
            } catch (Exception e) {
                throw new IllegalStateException("cannot create database " + database(db) + ": " + e.getMessage(), e);
            }
        }
        kafka.start();
        services.put("assessment", service("assessment-service", "assessment", options.assessmentPort()));
        services.put("survey", service("survey-service", "survey", options.surveyPort()));
        services.put("ranking", service("ranking-service", "ranking", options.rankingPort()));
        Map<String, String> gatewayEnv = new LinkedHashMap<>(identity);
        gatewayEnv.put(
                "RAPOR_GATEWAY_ASSESSMENT_URL", services.get("assessment").url());
        gatewayEnv.put("RAPOR_GATEWAY_SURVEY_URL", services.get("survey").url());
        gatewayEnv.put("RAPOR_GATEWAY_RANKING_URL", services.get("ranking").url());
        services.put(
                "gateway",
                new ServiceProcess(
                        "gateway",
                        appJar("gateway"),
                        options.gatewayPort(),
                        gatewayEnv,
                        options.workDir().resolve("logs/gateway.log")));
        // The three data services start in parallel (each migrates its own database), then the gateway.
        services.values().forEach(ServiceProcess::launch);
        // A deadline, not a wait: a quiet machine is ready in seconds, a busy 2-core one was seen taking 160 s.
        for (ServiceProcess service : services.values()) {
            service.awaitReady(Duration.ofSeconds(300));
        }
    }

    private ServiceProcess service(String module, String name, int port) {
        Map<String, String> env = new LinkedHashMap<>(identity);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", PostgresServer.jdbcUrl(database(name)));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        if ("survey".equals(name) && System.getenv("SURVEY_INTEGRITY_POW_HMAC_KEY") == null) {
            // The survey service refuses to start without a proof-of-work key: a local stack makes one per run.
            env.put(
                    "SURVEY_INTEGRITY_POW_HMAC_KEY",
                    "local-" + java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());
        }
        return new ServiceProcess(
                name, appJar(module), port, env, options.workDir().resolve("logs/" + name + ".log"));
    }

    private Path appJar(String module) {
        return options.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The database of a service ({@code rapor_survey} locally). */
    public String database(String service) {
        return options.databasePrefix() + "_" + service;
    }

    public String gatewayUrl() {
        return services.get("gateway").url();
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** A service by name: assessment, survey, ranking or gateway. */
    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        return service;
    }

    public Options options() {
        return options;
    }

    /** Stops everything this stack started, gateway first, broker last; drops throw-away databases. */
    @Override
    public void close() {
        List<ServiceProcess> reversed = new java.util.ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::stop);
        kafka.stop();
        if (options.dropDatabasesOnClose()) {
            for (String db : List.of("assessment", "survey", "ranking")) {
                try {
                    PostgresServer.dropDatabase(database(db));
                } catch (Exception e) {
                    System.err.println("could not drop " + database(db) + ": " + e.getMessage());
                }
            }
        }
    }

    /** The repository root: the nearest directory upwards holding the parent pom. */
    public static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path pom = dir.resolve("pom.xml");
            try {
                if (Files.exists(pom)
                        && Files.readString(pom).contains("<artifactId>rapor-parent</artifactId>")
                        && Files.isDirectory(dir.resolve("gateway"))) {
                    return dir;
                }
            } catch (java.io.IOException ignored) {
                // keep looking
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("run from inside the Rapor repository");
    }
}
