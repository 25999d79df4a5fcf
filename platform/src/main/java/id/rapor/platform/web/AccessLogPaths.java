package id.rapor.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * The request line as the access log writes it ({@code %{d,rapor.access-line}}): method, path and query, with the
 * secrets some paths carry replaced by their name. A public form token is a bearer credential for anonymous
 * submissions (whoever has it can submit to the campaign), so it never reaches a log file.
 */
@ApplicationScoped
public class AccessLogPaths {

    /** The routing-context key the access-log pattern reads. */
    public static final String KEY = "rapor.access-line";

    private static final Pattern FORM_TOKEN = Pattern.compile("(/api/v1/survey/forms/)[^/?]+");
    /** With {@link RequestIdRouteFilter}, ahead of CORS (300) and authentication (200). */
    private static final int PRIORITY = 999;

    /** The path and query with every secret segment replaced by its name. */
    public static String redact(String uri) {
        return FORM_TOKEN.matcher(uri).replaceAll("$1{formToken}");
    }

    void register(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    String version = switch (ctx.request().version()) {
                        case HTTP_1_0 -> "HTTP/1.0";
                        case HTTP_1_1 -> "HTTP/1.1";
                        case HTTP_2 -> "HTTP/2";
                    };
                    ctx.put(
                            KEY,
                            ctx.request().method().name() + " "
                                    + redact(ctx.request().uri()) + " " + version);
                    ctx.next();
                },
                PRIORITY);
    }
}
