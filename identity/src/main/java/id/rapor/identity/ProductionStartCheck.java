package id.rapor.identity;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a production process (the gateway or a service run as a packaged application) whose token
 * verification would fail open: no key location, the repository's dev key (recognised by content, wherever it was
 * copied to), the dev issuer, or no audience. The local run opts in to the dev key explicitly with
 * {@code rapor.identity.accept-dev-key=true}.
 */
@Singleton
public class ProductionStartCheck {

    /** The configuration the check reads, as named in {@code application.properties} and the environment. */
    public record Settings(
            Optional<String> keyLocation,
            Optional<String> inlineKey,
            Optional<String> issuer,
            Optional<String> audiences,
            boolean acceptDevKey) {

        static Settings fromConfig() {
            var config = ConfigProvider.getConfig();
            return new Settings(
                    config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                    config.getOptionalValue("mp.jwt.verify.publickey", String.class),
                    config.getOptionalValue("mp.jwt.verify.issuer", String.class),
                    config.getOptionalValue("mp.jwt.verify.audiences", String.class),
                    config.getOptionalValue("rapor.identity.accept-dev-key", Boolean.class)
                            .orElse(false));
        }
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Settings settings = Settings.fromConfig();
        List<String> problems = problems(settings);
        if (!problems.isEmpty()) {
            String message = "Refusing to start: bearer-token verification is not safe for production. "
                    + String.join(" ", problems);
            Log.error(message);
            throw new IllegalStateException(message);
        }
        if (settings.acceptDevKey()) {
            Log.warn("Accepting tokens signed with the repository's dev key (rapor.identity.accept-dev-key=true): "
                    + "for the local run only, never in production");
        }
    }

    /** What is wrong with the configuration for production, one sentence each; empty when nothing is. */
    public static List<String> problems(Settings settings) {
        List<String> problems = new ArrayList<>();
        Optional<String> location = settings.keyLocation().filter(l -> !l.isBlank());
        Optional<String> inline = settings.inlineKey().filter(k -> !k.isBlank());
        if (location.isEmpty() && inline.isEmpty()) {
            problems.add("No verification key is configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the OIDC "
                    + "provider's JWKS URL (e.g. https://sso.example.go.id/realms/rapor/protocol/openid-connect/certs)"
                    + " or to a PEM file.");
        }
        Optional<String> material = inline.or(() -> location.flatMap(DevKey::read));
        if (location.isPresent()
                && inline.isEmpty()
                && material.isEmpty()
                && !location.get().startsWith("http://")
                && !location.get().startsWith("https://")) {
            problems.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION=" + location.get() + " names no readable file or "
                    + "class-path resource.");
        }
        if (!settings.acceptDevKey() && material.map(DevKey::isIn).orElse(false)) {
            problems.add("The configured verification key is the repository's dev key, whose private half is "
                    + "public: configure your OIDC provider's JWKS URL in MP_JWT_VERIFY_PUBLICKEY_LOCATION.");
        }
        Optional<String> issuer = settings.issuer().filter(i -> !i.isBlank());
        if (issuer.isEmpty()) {
            problems.add("No issuer is configured: set MP_JWT_VERIFY_ISSUER to the provider's issuer, exactly as "
                    + "it appears in the tokens' iss claim (e.g. https://sso.example.go.id/realms/rapor).");
        } else if (!settings.acceptDevKey() && DevKey.ISSUER.equals(issuer.get())) {
            problems.add("MP_JWT_VERIFY_ISSUER is the dev issuer " + DevKey.ISSUER + ".");
        }
        if (settings.audiences().filter(a -> !a.isBlank()).isEmpty()) {
            problems.add("No audience is configured: set MP_JWT_VERIFY_AUDIENCES to the audience the provider puts "
                    + "in Rapor's access tokens (e.g. rapor-api), so tokens issued to other clients are refused.");
        }
        return problems;
    }
}
