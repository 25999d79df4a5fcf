package id.rapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.local.Ports;
import id.rapor.local.ServiceProcess;
import id.rapor.local.Stack;
import id.rapor.testsupport.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An ops team that forgets a variable, or copies the repository's dev key into place: the packaged gateway and a
 * packaged service (production profile, {@code java -jar}) refuse to start, exit non-zero and say why, instead of
 * accepting tokens anybody can mint.
 */
class ProductionStartRefusalTest {

    private static final String ISSUER = "https://sso.example.go.id/realms/rapor";

    private static final Path ROOT = Stack.findRoot();
    private static final Path WORK = ROOT.resolve("system-tests/target/refusal-" + UUID.randomUUID());
    private static final String DATABASE =
            "s_refusal_" + UUID.randomUUID().toString().substring(0, 8);

    /** Each service gets a database of its own: their migrations share version numbers. */
    private static final java.util.Set<String> DATABASES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @AfterAll
    static void dropDatabases() throws Exception {
        for (String database : DATABASES) {
            PostgresServer.dropDatabase(database);
        }
    }

    private static String databaseOf(String service) {
        String database = DATABASE + "_" + service;
        if (DATABASES.add(database)) {
            try {
                PostgresServer.createDatabaseIfMissing(database);
            } catch (Exception e) {
                throw new IllegalStateException("cannot create " + database, e);
            }
        }
        return database;
    }

    @Test
    void gatewayWithoutKeyLocationRefusesToStart() {
        String log = refused("gateway", Map.of("MP_JWT_VERIFY_ISSUER", ISSUER, "MP_JWT_VERIFY_AUDIENCES", "rapor-api"));

        assertThat(log)
                .contains("Refusing to start")
                .contains("No verification key is configured")
                .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }

    @Test
    void gatewayWithTheDevKeyCopiedToAFileRefusesToStart() throws IOException {
        Path copy = Files.createDirectories(WORK).resolve("provider-key.pem");
        // Copied with different line endings: recognised by content, not by name or bytes.
        Files.writeString(
                copy,
                Files.readString(ROOT.resolve("identity/src/main/resources/rapor/dev-jwt-public.pem"))
                        .replace("\n", "\r\n"));

        String log = refused(
                "gateway",
                Map.of(
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        copy.toString(),
                        "MP_JWT_VERIFY_ISSUER",
                        ISSUER,
                        "MP_JWT_VERIFY_AUDIENCES",
                        "rapor-api"));

        assertThat(log).contains("Refusing to start").contains("repository's dev key");
    }

    @Test
    void serviceWithTheBundledDevKeyAndIssuerRefusesToStart() {
        String log = refused(
                "assessment",
                Map.of(
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        "rapor/dev-jwt-public.pem",
                        "MP_JWT_VERIFY_ISSUER",
                        "https://rapor.id/dev",
                        "MP_JWT_VERIFY_AUDIENCES",
                        "rapor-api"));

        assertThat(log)
                .contains("Refusing to start")
                .contains("repository's dev key")
                .contains("dev issuer");
    }

    @Test
    void serviceWithoutKeyLocationOrAudienceRefusesToStart() {
        String log = refused("assessment", Map.of("MP_JWT_VERIFY_ISSUER", ISSUER));

        assertThat(log)
                .contains("Refusing to start")
                .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                .contains("MP_JWT_VERIFY_AUDIENCES");
    }

    @Test
    void surveyServiceWithoutProofOfWorkKeyRefusesToStart() {
        Map<String, String> identity = Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "https://sso.example.go.id/realms/rapor/protocol/openid-connect/certs",
                "MP_JWT_VERIFY_ISSUER",
                ISSUER,
                "MP_JWT_VERIFY_AUDIENCES",
                "rapor-api");
        String log = refused("survey", identity);

        assertThat(log).contains("SURVEY_INTEGRITY_POW_HMAC_KEY").contains("must be set");

        Map<String, String> shortKey = new LinkedHashMap<>(identity);
        shortKey.put("SURVEY_INTEGRITY_POW_HMAC_KEY", "too-short");
        assertThat(refused("survey", shortKey)).contains("at least 32 characters");
    }

    /** Starts the packaged application with {@code identity} and returns its log after it exited non-zero. */
    private static String refused(String name, Map<String, String> identity) {
        ServiceProcess process = process(name, identity).launch();
        try {
            OptionalInt exit = process.awaitExit(Duration.ofSeconds(90));
            assertThat(exit).as(name + " must exit by itself").isPresent();
            assertThat(exit.getAsInt()).as(name + " exit code").isNotZero();
            return Files.readString(process.log());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            process.kill();
        }
    }

    private static ServiceProcess process(String name, Map<String, String> identity) {
        Map<String, String> env = new LinkedHashMap<>(identity);
        String module = name.equals("gateway") ? "gateway" : name + "-service";
        if (!name.equals("gateway")) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", PostgresServer.jdbcUrl(databaseOf(name)));
            env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.password());
            // No broker: the start check comes first, and a started service only reports it later.
            env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + Ports.free());
        }
        return new ServiceProcess(
                name,
                ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"),
                Ports.free(),
                env,
                WORK.resolve(name + "-" + UUID.randomUUID() + ".log"));
    }
}
