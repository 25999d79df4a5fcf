package id.rapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.local.Stack;
import id.rapor.testsupport.DevTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The frontend scenario written with the generated TypeScript client ({@code clients/e2e/scenario.test.ts},
 * compiled by the clients module) runs with Node's test runner against the running stack, through the gateway.
 */
class TypeScriptClientScenarioTest {

    @Test
    void shouldRunTheFrontendScenarioWithTheGeneratedClient() throws IOException, InterruptedException {
        Path root = Stack.findRoot();
        Path scenario = root.resolve("clients/target/ts-build/e2e/scenario.test.js");
        assertThat(scenario).as("compiled by the clients module").exists();
        Path log = Files.createTempFile("rapor-ts-scenario", ".log");
        ProcessBuilder node = new ProcessBuilder(List.of("node", "--test", scenario.toString()))
                .directory(root.resolve("clients").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("RAPOR_GATEWAY_URL", SystemStack.get().gatewayUrl());
        node.environment().put("RAPOR_ADMIN_TOKEN", DevTokens.admin());
        Process process = node.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("scenario finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("# pass 1").contains("# fail 0");
    }
}
