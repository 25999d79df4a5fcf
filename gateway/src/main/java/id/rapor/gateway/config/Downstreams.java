package id.rapor.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The services behind the gateway, the instances each one runs and the path prefixes each one owns. */
@ApplicationScoped
public class Downstreams {

    /** One instance of a service: its base URL. */
    public record Instance(URI url) {

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

    /**
     * One downstream service: its name, its instances (one base URL each) and the API prefixes routed to it
     * unchanged. Requests are spread over the instances in turn.
     */
    public record Downstream(String name, List<Instance> instances, List<String> prefixes, AtomicInteger turn) {

        public Downstream(String name, List<URI> urls, List<String> prefixes) {
            this(
                    name,
                    urls.stream().distinct().map(Instance::new).toList(),
                    List.copyOf(prefixes),
                    new AtomicInteger());
            if (instances.isEmpty()) {
                throw new IllegalArgumentException("the " + name + " service needs at least one URL");
            }
        }

        /** Every instance once, starting with the next one in turn (round robin); the rest are fallbacks. */
        public List<Instance> rotation() {
            int size = instances.size();
            int first = Math.floorMod(turn.getAndIncrement(), size);
            List<Instance> order = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                order.add(instances.get((first + i) % size));
            }
            return order;
        }

        /** The instances' URLs, comma-separated, as configured. */
        public String urls() {
            return instances.stream().map(i -> i.url().toString()).collect(Collectors.joining(","));
        }
    }

    private final List<Downstream> all;

    public Downstreams(GatewayConfig config) {
        all = List.of(
                new Downstream(
                        "assessment",
                        config.assessmentUrl(),
                        List.of("/api/v1/assessment", "/api/v1/regions", "/api/v1/units")),
                new Downstream("survey", config.surveyUrl(), List.of("/api/v1/survey")),
                new Downstream("ranking", config.rankingUrl(), List.of("/api/v1/ranking")));
    }

    /** The service of that name. */
    public Downstream named(String name) {
        return all.stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no downstream service " + name));
    }

    /** Every downstream service, in a stable order. */
    public List<Downstream> all() {
        return all;
    }
}
