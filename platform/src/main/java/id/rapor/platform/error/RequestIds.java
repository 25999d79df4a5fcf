package id.rapor.platform.error;

import org.jboss.logging.MDC;

/** The id of the request being handled, as carried in {@code X-Request-Id} and the logging context. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private RequestIds() {}

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
