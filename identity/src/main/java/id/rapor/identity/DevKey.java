package id.rapor.identity;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

/**
 * The repository's dev key pair, recognised by content: its public half is bundled for the dev and test profiles
 * and the local run, and its private half is public knowledge, so production must never verify with it.
 */
public final class DevKey {

    /** Classpath location of the bundled dev public key. */
    public static final String LOCATION = "rapor/dev-jwt-public.pem";
    /** The issuer of dev tokens. */
    public static final String ISSUER = "https://rapor.id/dev";

    private static BigInteger modulus;

    private DevKey() {}

    /** Whether key material (PEM, JWK or JWKS text) contains the dev public key. */
    public static boolean isIn(String keyMaterial) {
        return moduli(keyMaterial).contains(devModulus());
    }

    /**
     * The key material at a configured location ({@code mp.jwt.verify.publickey.location}): a file, or a classpath
     * resource; empty for an http(s) URL (fetched by the verifier, checked by readiness) or a missing resource.
     */
    public static Optional<String> read(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return Optional.empty();
        }
        String path = location.startsWith("file:")
                ? location.substring("file:".length())
                : location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        try {
            Path file = Path.of(path);
            if (!location.startsWith("classpath:") && Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file));
            }
            try (InputStream in = resource(path.startsWith("/") ? path.substring(1) : path)) {
                return in == null
                        ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static InputStream resource(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(path);
        return in != null ? in : DevKey.class.getClassLoader().getResourceAsStream(path);
    }

    private static synchronized BigInteger devModulus() {
        if (modulus == null) {
            List<BigInteger> dev = moduli(read(LOCATION)
                    .orElseThrow(() -> new IllegalStateException(LOCATION + " is missing from the class path")));
            modulus = dev.get(0);
        }
        return modulus;
    }

    /** The RSA moduli of every public key in PEM, JWK or JWKS text (unparseable text has none). */
    static List<BigInteger> moduli(String material) {
        List<BigInteger> found = new ArrayList<>();
        String text = material.trim();
        try {
            if (text.startsWith("{")) {
                List<JsonWebKey> keys = text.contains("\"keys\"")
                        ? new JsonWebKeySet(text).getJsonWebKeys()
                        : List.of(JsonWebKey.Factory.newJwk(text));
                for (JsonWebKey key : keys) {
                    rsa(key.getKey()).ifPresent(found::add);
                }
            } else {
                String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                PublicKey key = KeyFactory.getInstance("RSA")
                        .generatePublic(
                                new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
                rsa(key).ifPresent(found::add);
            }
        } catch (JoseException | GeneralSecurityException | IllegalArgumentException e) {
            // not key material Rapor can read; the verifier will say so
        }
        return found;
    }

    private static Optional<BigInteger> rsa(java.security.Key key) {
        return key instanceof RSAPublicKey rsa ? Optional.of(rsa.getModulus()) : Optional.empty();
    }
}
