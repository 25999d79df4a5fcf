package id.rapor.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Rapor service running from its built Quarkus application in its own JVM, configured by env only. */
public final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path appJar;
    private final int port;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private Duration lastStartTime;
    private long startedAt;

    public ServiceProcess(String name, Path appJar, int port, Map<String, String> env, Path log) {
        this.name = name;
        this.appJar = appJar;
        this.port = port;
        this.env = new LinkedHashMap<>(env);
        this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** How long the last start took until the service reported ready. */
    public Duration lastStartTime() {
        return lastStartTime;
    }

    /** The OS process id, for memory readings. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /**
     * The services' JVM settings, the same as their Dockerfiles' {@code JAVA_OPTS_APPEND} (which say why each):
     * serial GC, a 96 MiB heap that shrinks back after a collection, the client compiler only, bounded metaspace,
     * code cache, direct memory and 512 KiB thread stacks, exit on OOM; idle RSS stays well under 256 MiB.
     * {@code RAPOR_SERVICE_JVM_OPTS} (space separated) replaces them, e.g. to measure with other settings.
     */
    static List<String> jvmOptions() {
        String override = System.getenv("RAPOR_SERVICE_JVM_OPTS");
        if (override != null && !override.isBlank()) {
            return List.of(override.trim().split("\\s+"));
        }
        return List.of(
                "-XX:+UseSerialGC",
                "-Xms16m",
                "-Xmx96m",
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30",
                "-XX:MaxMetaspaceSize=128m",
                "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=48m",
                "-XX:MaxDirectMemorySize=64m",
                "-Xss512k",
                "-XX:+ExitOnOutOfMemoryError");
    }

    /** Starts the JVM without waiting for readiness. */
    public synchronized ServiceProcess launch() {
        if (process != null && process.isAlive()) {
            return this;
        }
        if (!Files.exists(appJar)) {
            throw new IllegalStateException(appJar + " is missing: build first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-jar");
        command.add(appJar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        // glibc: two malloc arenas instead of one per core and thread (as the Dockerfiles' MALLOC_ARENA_MAX)
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            startedAt = System.nanoTime();
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
        return this;
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public ServiceProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process p = process;
            if (p == null || !p.isAlive()) {
                throw new IllegalStateException(name + " exited during start, see " + log);
            }
            if (ready()) {
                lastStartTime = Duration.ofNanos(System.nanoTime() - startedAt);
                return this;
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ", see " + log);
    }

    /** Starts and waits for readiness. */
    public ServiceProcess start() {
        return launch().awaitReady(Duration.ofSeconds(90));
    }

    /** Whether the service's readiness check answers 200 now. */
    public boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits for a process expected to end by itself (a start that must be refused) and returns its exit code, or
     * empty when it is still running after {@code timeout}.
     */
    public java.util.OptionalInt awaitExit(Duration timeout) {
        Process p = process;
        if (p == null) {
            throw new IllegalStateException(name + " was not launched");
        }
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? java.util.OptionalInt.of(p.exitValue())
                    : java.util.OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.OptionalInt.empty();
        }
    }

    /** The service's log file (its stdout and stderr). */
    public Path log() {
        return log;
    }

    /** Stops the service cleanly (SIGTERM) and waits for it to exit. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            await(process, 30);
            process = null;
        }
    }

    /** Kills the service without warning (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            await(process, 10);
            process = null;
        }
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    private static void await(Process p, int seconds) {
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
