package id.rapor.platform.web;

import id.rapor.platform.error.ProblemException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Sets each endpoint's body limit ({@link BodyLimits}) and refuses a larger declared length before reading. */
public class BodyLimitFilter {

    // Looked up per request: RESTEasy Reactive creates its filters and interceptors before runtime configuration
    // mappings exist.
    @Inject
    Instance<BodyLimits> limits;

    /** Picks the endpoint's limit and refuses a larger declared length at once. */
    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        long limit = method != null && method.isAnnotationPresent(LargeBody.class)
                ? limits.get().bulk().asLongValue()
                : limits.get().json().asLongValue();
        request.setProperty(BodyGuard.LIMIT, limit);
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                return ProblemException.badRequest("Content-Length", "is not a number")
                        .toProblem()
                        .toResponse();
            }
            if (length > limit) {
                return BodyGuard.tooLarge(limit).toProblem().toResponse();
            }
        }
        return null;
    }
}
