package id.rapor.survey.integrity;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Adds {@code Retry-After} to the service's own 429 answers. */
public class IntegrityMappers {

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.fromResponse(e.toProblem().toResponse())
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .build();
    }
}
