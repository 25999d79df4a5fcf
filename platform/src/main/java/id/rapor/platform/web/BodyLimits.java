package id.rapor.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Largest request body each kind of endpoint reads, checked by the service itself ({@link BodyGuard}) before any
 * parsing: by the declared {@code Content-Length}, else by counting bytes as they arrive. The gateway's own limit
 * ({@code rapor.gateway.max-body-size}) is set to the bulk limit.
 */
@ConfigMapping(prefix = "rapor.body-limit")
public interface BodyLimits {

    /** Every JSON (or other) body of an ordinary endpoint (env RAPOR_BODY_LIMIT_JSON). */
    @WithDefault("1M")
    MemorySize json();

    /**
     * Bodies of bulk imports marked {@link LargeBody}: JSON batches and CSV files up to their row cap (10,000 rows of
     * at most about 1.5 KB each; env RAPOR_BODY_LIMIT_BULK).
     */
    @WithDefault("16M")
    MemorySize bulk();
}
