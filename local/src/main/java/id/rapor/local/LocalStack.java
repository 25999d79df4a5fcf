package id.rapor.local;

import id.rapor.testsupport.DevTokens;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local run: starts the whole system on the fixed local ports, prints where to find it and demo tokens, and
 * on Ctrl-C stops everything it started.
 */
public final class LocalStack {

    private LocalStack() {}

    public static void main(String[] args) throws InterruptedException {
        Path root = Stack.findRoot();
        Stack.Options options = Stack.Options.local(root);
        System.out.println("Starting Rapor: Kafka (KRaft) on " + options.kafkaPort() + ", services on "
                + options.assessmentPort() + "-" + options.rankingPort() + ", gateway on " + options.gatewayPort()
                + " (logs in " + options.workDir().resolve("logs") + ")");
        long started = System.nanoTime();
        Stack stack;
        try {
            stack = Stack.start(options);
        } catch (RuntimeException e) {
            System.err.println("Rapor did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Rapor...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }));
        if (args.length == 0 || !"--no-demo".equals(args[0])) {
            try {
                DemoData.load(stack.gatewayUrl());
            } catch (RuntimeException e) {
                System.err.println("Demo data not loaded: " + e.getMessage());
            }
        }
        String gateway = stack.gatewayUrl();
        List<String> publicPages = List.of();
        if (args.length == 0 || !"--no-demo".equals(args[0])) {
            try {
                publicPages = DemoData.publicPages(gateway);
            } catch (RuntimeException e) {
                System.err.println("Demo SKM campaign not opened: " + e.getMessage());
            }
        }
        System.out.printf("%nRapor is up in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        StringBuilder starts = new StringBuilder("  Started in:  ");
        for (String name : java.util.List.of("assessment", "survey", "ranking", "gateway")) {
            java.time.Duration t = stack.service(name).lastStartTime();
            starts.append(name)
                    .append(' ')
                    .append(t == null ? "n/a" : String.format("%.1f s", t.toMillis() / 1000.0))
                    .append(name.equals("gateway") ? "" : ", ");
        }
        System.out.println(starts + " (JVM settings: ServiceProcess.jvmOptions, as in the Dockerfiles)");
        System.out.println("  Gateway:     " + gateway);
        System.out.println("  Swagger UI:  " + gateway + "/q/swagger-ui");
        System.out.println("  OpenAPI:     " + gateway + "/q/openapi");
        System.out.println("  Health:      " + gateway + "/q/health");
        publicPages.forEach(System.out::println);
        System.out.println("  Demo tokens (dev key, valid 12 h):");
        System.out.println("    admin:              " + DevTokens.admin());
        System.out.println("    evaluator (73):     " + DevTokens.evaluator("73"));
        System.out.println("    viewer:             " + DevTokens.viewer());
        System.out.println("  Try: curl -H \"Authorization: Bearer <admin token>\" " + gateway + "/api/v1/units");
        System.out.println("Press Ctrl-C to stop everything.");
        stopped.await();
    }
}
