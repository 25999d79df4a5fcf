package id.rapor.platform.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every request body is bounded and, when it is JSON, strict. The endpoint's limit ({@link BodyLimits}) is checked
 * against the declared {@code Content-Length} before a byte is read, and again while the body is read, so a huge
 * or endless body is refused with 413 after at most the limit, never parsed whole. A JSON body must be exactly one
 * value: content after it ({@code {"a":1}}}) is a 400.
 *
 * <p>Why not Jackson's {@code FAIL_ON_TRAILING_TOKENS} on the shared mapper: Quarkus' generated deserializers read
 * each element of an array body with {@code ObjectMapper.readTree(parser)}, which then checks for trailing tokens
 * after every element and refuses the next one. The check belongs to the root value only, so it is done here.
 */
@Provider
public class BodyGuard implements ReaderInterceptor {

    /** Request property carrying the endpoint's limit, set by {@link BodyLimitFilter}. */
    static final String LIMIT = "rapor.body-limit";

    // Looked up per request: RESTEasy Reactive creates its filters and interceptors before runtime configuration
    // mappings exist.
    @Inject
    Instance<BodyLimits> limits;

    @Inject
    ObjectMapper mapper;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object property = context.getProperty(LIMIT);
        long limit = property instanceof Long l ? l : limits.get().json().asLongValue();
        byte[] body = readAtMost(context.getInputStream(), limit);
        if (isJson(context.getMediaType()) && body.length > 0) {
            requireSingleValue(mapper.getFactory(), body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The whole body, or 413 as soon as it passes {@code limit} bytes. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] chunk = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(chunk)) != -1; ) {
            total += n;
            if (total > limit) {
                throw tooLarge(limit);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Walks the tokens (no tree is built) and fails on anything after the first complete value; malformed JSON fails
     * here too, with the same 400 the body reader gives.
     */
    static void requireSingleValue(JsonFactory factory, byte[] body) throws IOException {
        try (JsonParser parser = factory.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return;
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new ProblemException(
                        400,
                        "malformed-body",
                        "Malformed request body",
                        "The request body has content after its JSON value",
                        java.util.List.of(new Problem.FieldError("body", "content after the JSON value")));
            }
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(
                413,
                "payload-too-large",
                "Request body too large",
                "The request body exceeds the limit of " + limit + " bytes for this endpoint",
                null);
    }
}
