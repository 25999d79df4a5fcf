package id.rapor.platform.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Which receiver URLs are acceptable: absolute http or https, a host, no user info or fragment, and, when
 * {@code rapor.webhooks.allowed-hosts} is set, a host on that list (checked again before every attempt, so
 * narrowing the list stops deliveries to hosts taken off it).
 */
@ApplicationScoped
public class WebhookUrls {

    @Inject
    WebhookConfig config;

    /** Why the URL is refused, or null when it is acceptable. */
    public String refusal(String url) {
        return refusal(url, config.allowedHosts().orElse(List.of()));
    }

    /** Why the URL is refused under this allow-list (empty: any host), or null when it is acceptable. */
    static String refusal(String url, List<String> allowed) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return "not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https URLs are accepted";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "the URL names no host";
        }
        if (uri.getRawUserInfo() != null) {
            return "credentials in the URL are not accepted";
        }
        if (uri.getRawFragment() != null) {
            return "a fragment is not accepted";
        }
        if (!allowed.isEmpty() && !allowed(uri.getHost().toLowerCase(Locale.ROOT), allowed)) {
            return "host " + uri.getHost() + " is not in rapor.webhooks.allowed-hosts";
        }
        return null;
    }

    private static boolean allowed(String host, List<String> allowed) {
        for (String entry : allowed) {
            String rule = entry.trim().toLowerCase(Locale.ROOT);
            if (rule.isEmpty()) {
                continue;
            }
            if (rule.startsWith(".") ? host.endsWith(rule) || host.equals(rule.substring(1)) : host.equals(rule)) {
                return true;
            }
        }
        return false;
    }
}
