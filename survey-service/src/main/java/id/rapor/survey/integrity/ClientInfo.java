package id.rapor.survey.integrity;

import io.vertx.core.http.HttpServerRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Who is submitting, as far as the network says: the connection's address, or the first {@code X-Forwarded-For}
 * hop when the connection comes from a trusted proxy (the gateway). Only a pseudonymous hash of it is stored.
 */
public record ClientInfo(String address) {

    /** The client of this request. */
    public static ClientInfo of(HttpServerRequest request, List<String> trustedProxies) {
        String remote = request == null || request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        if (request != null && trusted(remote, trustedProxies)) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String first = forwarded.split(",")[0].trim();
                if (!first.isEmpty() && first.length() <= 64) {
                    return new ClientInfo(first);
                }
            }
        }
        return new ClientInfo(remote);
    }

    /** A stable pseudonym of the address (stored with the response for the burst flag, never the address). */
    public String key() {
        return ProofOfWork.sha256("client:" + address).substring(0, 24);
    }

    static boolean trusted(String address, List<String> proxies) {
        for (String proxy : proxies) {
            String p = proxy.trim();
            if (p.equals(address) || (p.contains("/") && inCidr(address, p))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCidr(String address, String cidr) {
        try {
            String[] parts = cidr.split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            if (!address.matches("[0-9.]+")) {
                return false;
            }
            byte[] host = InetAddress.getByName(address).getAddress();
            int bits = Integer.parseInt(parts[1]);
            if (network.length != host.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((network[i / 8] & mask) != (host[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | RuntimeException e) {
            return false;
        }
    }
}
