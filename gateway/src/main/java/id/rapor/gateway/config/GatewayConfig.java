package id.rapor.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Typed gateway configuration: downstream services, timeouts, limits (env {@code RAPOR_GATEWAY_*}). */
@ConfigMapping(prefix = "rapor.gateway")
public interface GatewayConfig {

    /** Base URL of each instance of the assessment service (regions, units, assessments), comma-separated; requests are spread over them. */
    @WithDefault("http://127.0.0.1:8081")
    List<URI> assessmentUrl();

    /** Base URL of each instance of the survey service, comma-separated; requests are spread over them. */
    @WithDefault("http://127.0.0.1:8082")
    List<URI> surveyUrl();

    /** Base URL of each instance of the ranking service, comma-separated; requests are spread over them. */
    @WithDefault("http://127.0.0.1:8083")
    List<URI> rankingUrl();

    /** How long to wait for a TCP connection to a service before answering 503. */
    @WithDefault("2S")
    Duration connectTimeout();

    /** How long a service may stay silent (no response byte) before the gateway answers 504. */
    @WithDefault("30S")
    Duration responseTimeout();

    /** Largest request body the gateway forwards (to a bulk import); larger ones get 413. */
    @WithDefault("16M")
    MemorySize maxBodySize();

    /**
     * Largest declared body the gateway forwards to any other endpoint: the services' own limit of ordinary JSON
     * endpoints ({@code rapor.body-limit.json}), so such a request is refused here, before any byte is forwarded.
     */
    @WithDefault("1M")
    MemorySize jsonBodySize();

    /** Paths (regular expressions) of the bulk imports, whose bodies may reach {@link #maxBodySize()}. */
    @WithDefault("/api/v1/survey/campaigns/[^/]+/responses/(batch|csv),/api/v1/units/bulk")
    List<String> bulkBodyPaths();

    /** Rate limit of anonymous survey response submissions per client address. */
    RateLimit surveySubmissionLimit();

    /** The merged OpenAPI document. */
    OpenApi openapi();

    /** Readiness checks of the downstream services. */
    Health health();

    /** Token bucket parameters. */
    interface RateLimit {

        /** Submissions a client may make in a burst (bucket capacity). */
        @WithDefault("20")
        int burst();

        /** Submissions added back to a client's bucket per minute. */
        @WithDefault("10")
        int perMinute();
    }

    /** Merged OpenAPI settings. */
    interface OpenApi {

        /** How long a merged document is served before the services are asked again. */
        @WithDefault("30S")
        Duration cacheTtl();

        /** How long to wait for one service's document. */
        @WithDefault("2S")
        Duration fetchTimeout();

        /** The gateway URL clients call, served as the merged document's {@code servers} entry. */
        @WithDefault("http://localhost:8080")
        String serverUrl();
    }

    /** Downstream health settings. */
    interface Health {

        /** How long to wait for one service's readiness endpoint. */
        @WithDefault("2S")
        Duration timeout();
    }
}
