package id.rapor.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;

/** The services behind the gateway and the path prefixes each one owns. */
@ApplicationScoped
public class Downstreams {

    /** One downstream service: its name, base URL and the API prefixes routed to it unchanged. */
    public record Downstream(String name, URI url, List<String> prefixes) {

        public String host() {
            return url.getHost();
        }

        public int port() {
            int port = url.getPort();
            if (port > 0) {
                return port;
            }
            return ssl() ? 443 : 80;
        }

        public boolean ssl() {
            return "https".equalsIgnoreCase(url.getScheme());
        }
    }

    private final List<Downstream> all;

    public Downstreams(GatewayConfig config) {
        all = List.of(
                new Downstream("assessment", config.assessmentUrl(),
                        List.of("/api/v1/assessment", "/api/v1/regions", "/api/v1/units")),
                new Downstream("survey", config.surveyUrl(), List.of("/api/v1/survey")),
                new Downstream("ranking", config.rankingUrl(), List.of("/api/v1/ranking")));
    }

    /** The service of that name. */
    public Downstream named(String name) {
        return all.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no downstream service " + name));
    }

    /** Every downstream service, in a stable order. */
    public List<Downstream> all() {
        return all;
    }
}
