package id.rapor.system;

import id.rapor.local.Ports;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for the identity tests: the server distribution Maven fetched into {@code target/keycloak-dist}
 * (see this module's pom), unpacked once into {@code target/keycloak}, started in dev mode (H2 inside) on free
 * ports with the realm of {@code deploy/keycloak/} imported, on a JDK 21+ of its own (the services stay on 17).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-" + Long.toHexString(System.nanoTime());

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path home;
    private final int port;
    private final Path log;
    private Process process;
    private Duration startTime;

    private KeycloakServer(Path home, int port, Path log) {
        this.home = home;
        this.port = port;
        this.log = log;
    }

    /** Unpacks (once) and launches Keycloak without waiting; {@link #awaitReady} waits. */
    public static KeycloakServer launch(Path root) {
        Path target = root.resolve("system-tests/target");
        Path home = unpack(target.resolve("keycloak-dist/keycloak-quarkus-dist.zip"), target.resolve("keycloak"));
        KeycloakServer server =
                new KeycloakServer(home, Ports.free(), target.resolve("keycloak-" + System.nanoTime() + ".log"));
        server.start(root.resolve("deploy/keycloak/rapor-realm.json"));
        return server;
    }

    private void start(Path realm) {
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve("rapor-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            // A fresh H2 database each run: the realm is imported from the file, nothing left from a previous run.
            deleteTree(home.resolve("data/h2"));
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--http-management-port=" + Ports.free(),
                    // Pinned hostname: the issuer is the same whichever address a client uses.
                    "--hostname=" + url(),
                    "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", javaHome().toString());
            env.put("JAVA_OPTS_APPEND", "-Xmx512m");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Keycloak from " + home, e);
        }
    }

    /** Waits until the rapor realm's discovery document answers; records how long the start took. */
    public KeycloakServer awaitReady(Duration timeout) {
        long started = process.info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start, see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    startTime = Duration.ofMillis(System.currentTimeMillis() - started);
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pause();
        }
        throw new IllegalStateException("Keycloak not ready within " + timeout + ", see " + log);
    }

    public Duration startTime() {
        return startTime;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The rapor realm's issuer, as it appears in its tokens' {@code iss}. */
    public String issuer() {
        return url() + "/realms/rapor";
    }

    /** The rapor realm's key set, as the gateway and services fetch it. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** A token of the master realm's admin, for the admin REST API. */
    public String adminToken() {
        return RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", ADMIN)
                .formParam("password", ADMIN_PASSWORD)
                .post(url() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Calls the admin REST API of the rapor realm ({@code path} below {@code /admin/realms/rapor}). */
    public Response admin(String method, String path, Object body) {
        var request = RestAssured.given().auth().oauth2(adminToken()).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, url() + "/admin/realms/rapor" + path);
    }

    /** Stops Keycloak (SIGTERM to its launcher script, which forwards it) and waits; kills what is left. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    /** The newest Temurin/OpenJDK 21+ under /usr/lib/jvm (or KEYCLOAK_JAVA_HOME): Keycloak 26 needs Java 21. */
    static Path javaHome() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null) {
            return Path.of(configured);
        }
        try (var dirs = Files.list(Path.of("/usr/lib/jvm"))) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .filter(d -> feature(d) >= 21)
                    .max(Comparator.comparingInt(KeycloakServer::feature))
                    .orElseThrow(() -> new IllegalStateException(
                            "Keycloak needs a JDK 21+: none under /usr/lib/jvm;" + " set KEYCLOAK_JAVA_HOME"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /usr/lib/jvm; set KEYCLOAK_JAVA_HOME", e);
        }
    }

    private static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not a JDK this can read
        }
        return 0;
    }

    private static Path unpack(Path zip, Path into) {
        if (!Files.exists(zip)) {
            throw new IllegalStateException(zip + " is missing: run the build (./mvnw verify) so Maven fetches it");
        }
        try {
            Path marker = into.resolve(".unpacked");
            if (Files.exists(marker)) {
                return into.resolve(Files.readString(marker).trim());
            }
            deleteTree(into);
            String top = null;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path target = into.resolve(entry.getName()).normalize();
                    if (!target.startsWith(into)) {
                        throw new IOException("zip entry outside the target: " + entry.getName());
                    }
                    top = top == null ? entry.getName().split("/")[0] : top;
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        copy(in, target);
                        if (entry.getName().endsWith(".sh")) {
                            target.toFile().setExecutable(true);
                        }
                    }
                }
            }
            Files.writeString(into.resolve(".unpacked"), top);
            return into.resolve(top);
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack " + zip, e);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
