package id.rapor.platform.web;

import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code Location} headers built from the configured public base URL ({@code rapor.public-base-url}, env
 * RAPOR_PUBLIC_BASE_URL, e.g. {@code https://rapor.example.go.id}), never from the request's {@code Host} header.
 * Without it the location is the path alone (a relative reference, RFC 9110 §10.2.2).
 */
public final class Locations {

    private Locations() {}

    /** The location of {@code path} (starting with {@code /api/v1/...}). */
    public static URI of(String path) {
        String base = ConfigProvider.getConfig()
                .getOptionalValue("rapor.public-base-url", String.class)
                .orElse("");
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + path);
    }
}
