package id.rapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.local.Stack;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose files checked against the services' real configuration: every service, port, environment key, health
 * check and dependency; no fallback to the dev key; only the gateway published; the second instances of the
 * scale-out file identical to the first. (bin/container-check.sh runs them for real.)
 */
class ComposeFileTest {

    private static final Path ROOT = Stack.findRoot();
    private static final Map<String, String> MODULES = Map.of(
            "assessment-service", "assessment-service",
            "survey-service", "survey-service",
            "ranking-service", "ranking-service",
            "gateway", "gateway");
    /** Keys Quarkus and the identity module read that need not appear in application.properties. */
    private static final Set<String> BUILT_IN = Set.of(
            "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.issuer",
            "mp.jwt.verify.audiences",
            "smallrye.jwt.path.groups",
            "smallrye.jwt.jwks.refresh.interval",
            "smallrye.jwt.jwks.forced.refresh.interval",
            "mp.jwt.verify.clock.skew",
            "rapor.identity.max.token.lifetime");
    /** The token settings every service and the gateway must be given explicitly, and the variable for each. */
    private static final Map<String, String> REQUIRED_JWT = Map.of(
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "RAPOR_JWT_PUBLIC_KEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER", "RAPOR_JWT_ISSUER",
            "MP_JWT_VERIFY_AUDIENCES", "RAPOR_JWT_AUDIENCES");

    private static Map<String, Object> services() throws IOException {
        return services("docker-compose.yml");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services(String file) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve(file)));
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(Map<String, Object> services, String name) {
        return (Map<String, Object>) ((Map<String, Object>) services.get(name)).get("environment");
    }

    @Test
    void shouldRequireTheTokenSettingsWithoutAnyFallbackToTheDevKey() throws IOException {
        for (String file : List.of("docker-compose.yml", "docker-compose.scale-out.yml")) {
            String text = Files.readString(ROOT.resolve(file));
            assertThat(text).as(file).doesNotContain("dev-jwt").doesNotContain("rapor.id/dev");
            Map<String, Object> services = services(file);
            for (String name : services.keySet()) {
                Map<String, Object> env = env(services, name);
                boolean javaService =
                        name.equals("gateway") || name.endsWith("-service") || name.matches(".*-service-\\d+");
                if (!javaService || (file.contains("scale-out") && name.equals("gateway"))) {
                    continue;
                }
                for (var jwt : REQUIRED_JWT.entrySet()) {
                    assertThat(String.valueOf(env.get(jwt.getKey())))
                            .as(file + " " + name + " " + jwt.getKey())
                            .matches(Pattern.quote("${" + jwt.getValue() + ":?") + "[^}]*\\S[^}]*}");
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldPublishOnlyTheGatewayAndKeepKafkasLogOnItsVolume() throws IOException {
        Map<String, Object> services = services();
        services.forEach((name, service) -> assertThat(((Map<String, Object>) service).containsKey("ports"))
                .as(name + " published on the host")
                .isEqualTo(name.equals("gateway")));
        services("docker-compose.scale-out.yml")
                .forEach((name, service) -> assertThat(((Map<String, Object>) service).containsKey("ports"))
                        .as(name + " published")
                        .isFalse());

        Map<String, Object> kafka = (Map<String, Object>) services.get("kafka");
        String logDirs = String.valueOf(env(services, "kafka").get("KAFKA_LOG_DIRS"));
        List<String> volumes = (List<String>) kafka.get("volumes");
        assertThat(volumes)
                .as("the topics (the rebuild's source) live on the volume")
                .anyMatch(v -> v.startsWith("kafka-data:") && v.split(":")[1].equals(logDirs));
    }

    @Test
    void shouldRunEveryServiceImageAsNonRootWithBoundedMemory() throws IOException {
        for (String module : MODULES.values()) {
            String dockerfile = Files.readString(ROOT.resolve(module).resolve("Dockerfile"));
            Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile);
            assertThat(user.find()).as(module + " USER").isTrue();
            assertThat(user.group(1)).isNotIn("root", "0");
            assertThat(dockerfile).as(module).contains("-Xmx", "-XX:MaxMetaspaceSize", "-Xss", "UseSerialGC");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRunSecondInstancesIdenticalToTheFirstBehindTheGateway() throws IOException {
        Map<String, Object> main = services();
        Map<String, Object> scaleOut = services("docker-compose.scale-out.yml");
        for (String name : List.of("survey-service", "ranking-service")) {
            Map<String, Object> first = (Map<String, Object>) main.get(name);
            Map<String, Object> second = (Map<String, Object>) scaleOut.get(name + "-2");
            assertThat(second).as(name + "-2").isNotNull();
            for (String key : List.of(
                    "build", "image", "environment", "expose", "healthcheck", "mem_limit", "depends_on", "restart")) {
                assertThat(second.get(key)).as(name + "-2 " + key).isEqualTo(first.get(key));
            }
        }
        Map<String, Object> gatewayEnv = env(scaleOut, "gateway");
        for (String name : List.of("survey", "ranking")) {
            String port = properties(ROOT.resolve(name + "-service")).getProperty("quarkus.http.port");
            assertThat(String.valueOf(gatewayEnv.get("RAPOR_GATEWAY_" + name.toUpperCase() + "_URL"))
                            .split(","))
                    .containsExactly("http://" + name + "-service:" + port, "http://" + name + "-service-2:" + port);
            Map<String, Object> dependsOn =
                    (Map<String, Object>) ((Map<String, Object>) scaleOut.get("gateway")).get("depends_on");
            assertThat(dependsOn).containsKey(name + "-service-2");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDefineEveryServiceWithItsRealPortHealthCheckAndDockerfile() throws IOException {
        Map<String, Object> services = services();
        assertThat(services)
                .containsKeys(
                        "postgres", "kafka", "assessment-service", "survey-service", "ranking-service", "gateway");
        for (var entry : MODULES.entrySet()) {
            Map<String, Object> service = (Map<String, Object>) services.get(entry.getKey());
            Path module = ROOT.resolve(entry.getValue());
            assertThat(service.get("build")).isEqualTo("./" + entry.getValue());
            String dockerfile = Files.readString(module.resolve("Dockerfile"));
            String port = properties(module).getProperty("quarkus.http.port");
            assertThat(port).as(entry.getKey() + " port").isNotBlank();
            assertThat(dockerfile).contains("EXPOSE " + port).contains("quarkus-app");
            String health =
                    String.join(" ", (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test"));
            assertThat(health).contains("http://localhost:" + port + "/q/health/ready");
            Map<String, Object> dependsOn = (Map<String, Object>) service.get("depends_on");
            assertThat(dependsOn).isNotEmpty();
            dependsOn
                    .values()
                    .forEach(condition -> assertThat(((Map<String, Object>) condition).get("condition"))
                            .isEqualTo("service_healthy"));
        }
        for (String infra : List.of("postgres", "kafka")) {
            assertThat(((Map<String, Object>) services.get(infra))).containsKey("healthcheck");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldOnlySetEnvironmentKeysTheServicesReallyRead() throws IOException {
        Map<String, Object> services = services();
        for (var entry : MODULES.entrySet()) {
            Map<String, Object> env =
                    (Map<String, Object>) ((Map<String, Object>) services.get(entry.getKey())).get("environment");
            Properties props = properties(ROOT.resolve(entry.getValue()));
            for (String key : env.keySet()) {
                String property = key.toLowerCase().replace('_', '.');
                boolean known = BUILT_IN.contains(property)
                        || props.stringPropertyNames().stream()
                                .anyMatch(p -> p.replace('-', '.').equals(property));
                assertThat(known)
                        .as(entry.getKey() + ": env " + key + " is not a configuration key of the service")
                        .isTrue();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldWireDatabasesBrokerAndGatewayToServicesThatExist() throws IOException {
        Map<String, Object> services = services();
        String initSql = Files.readString(ROOT.resolve("deploy/postgres/init-databases.sql"));
        for (String name : List.of("assessment-service", "survey-service", "ranking-service")) {
            Map<String, Object> env =
                    (Map<String, Object>) ((Map<String, Object>) services.get(name)).get("environment");
            Matcher db = Pattern.compile("jdbc:postgresql://postgres:5432/(\\w+)")
                    .matcher(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL")));
            assertThat(db.matches()).as(name + " JDBC URL").isTrue();
            assertThat(initSql).contains("create database " + db.group(1) + ";");
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        }
        Map<String, Object> gatewayEnv =
                (Map<String, Object>) ((Map<String, Object>) services.get("gateway")).get("environment");
        Set<String> targets = new HashSet<>();
        for (String key :
                List.of("RAPOR_GATEWAY_ASSESSMENT_URL", "RAPOR_GATEWAY_SURVEY_URL", "RAPOR_GATEWAY_RANKING_URL")) {
            Matcher url = Pattern.compile("http://([a-z-]+):(\\d+)").matcher(String.valueOf(gatewayEnv.get(key)));
            assertThat(url.matches()).as(key).isTrue();
            String module = MODULES.get(url.group(1));
            assertThat(module).as(key + " names a compose service").isNotNull();
            assertThat(properties(ROOT.resolve(module)).getProperty("quarkus.http.port"))
                    .isEqualTo(url.group(2));
            targets.add(url.group(1));
        }
        assertThat(targets).containsExactlyInAnyOrder("assessment-service", "survey-service", "ranking-service");
        Map<String, Object> kafkaEnv =
                (Map<String, Object>) ((Map<String, Object>) services.get("kafka")).get("environment");
        assertThat(kafkaEnv.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(String.valueOf(kafkaEnv.get("KAFKA_LOG_RETENTION_MS"))).isEqualTo("-1");
    }

    private static Properties properties(Path module) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(Files.readString(module.resolve("src/main/resources/application.properties"))));
        return props;
    }
}
