package id.rapor.gateway.routing;

/** No connection to a service could be made (refused, unreachable, or not within the connect timeout). */
final class UpstreamUnavailableException extends RuntimeException {

    UpstreamUnavailableException(Throwable cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
