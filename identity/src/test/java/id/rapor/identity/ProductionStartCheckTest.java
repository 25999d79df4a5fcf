package id.rapor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A production start refuses every configuration that would let the dev key or another client's token in. */
class ProductionStartCheckTest {

    private static final String JWKS = "https://sso.example.go.id/realms/rapor/protocol/openid-connect/certs";
    private static final String ISSUER = "https://sso.example.go.id/realms/rapor";

    @TempDir
    Path dir;

    @Test
    void shouldAcceptAProviderConfiguration() {
        assertThat(ProductionStartCheck.problems(settings(JWKS, ISSUER, "rapor-api")))
                .isEmpty();
    }

    @Test
    void shouldRefuseAMissingKeyLocation() {
        assertThat(ProductionStartCheck.problems(settings(null, ISSUER, "rapor-api")))
                .singleElement()
                .asString()
                .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThat(ProductionStartCheck.problems(settings(" ", ISSUER, "rapor-api")))
                .hasSize(1);
    }

    @Test
    void shouldRefuseTheDevKeyWhereverItWasCopied() throws Exception {
        String pem = DevKey.read(DevKey.LOCATION).orElseThrow();
        Path copy = Files.writeString(dir.resolve("provider.pem"), "\n" + pem.replace("\n", "\r\n"));
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder()
                        .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "")))));
        Path jwks = Files.writeString(dir.resolve("keys.json"), new JsonWebKeySet(otherKey(), jwk).toJson());

        for (String location : new String[] {
            DevKey.LOCATION, "classpath:" + DevKey.LOCATION, copy.toString(), "file:" + copy, jwks.toString()
        }) {
            assertThat(ProductionStartCheck.problems(settings(location, ISSUER, "rapor-api")))
                    .as(location)
                    .singleElement()
                    .asString()
                    .contains("dev key");
        }
        assertThat(ProductionStartCheck.problems(new ProductionStartCheck.Settings(
                        Optional.empty(), Optional.of(pem), Optional.of(ISSUER), Optional.of("rapor-api"), false)))
                .singleElement()
                .asString()
                .contains("dev key");
    }

    @Test
    void shouldAcceptAnotherKeyFile() throws Exception {
        Path keys = Files.writeString(dir.resolve("keys.json"), new JsonWebKeySet(otherKey()).toJson());

        assertThat(ProductionStartCheck.problems(settings(keys.toString(), ISSUER, "rapor-api")))
                .isEmpty();
    }

    @Test
    void shouldRefuseAKeyFileThatIsNotThere() {
        assertThat(ProductionStartCheck.problems(settings("/etc/rapor/missing.pem", ISSUER, "rapor-api")))
                .singleElement()
                .asString()
                .contains("no readable file");
    }

    @Test
    void shouldRefuseMissingIssuerDevIssuerAndMissingAudience() {
        assertThat(ProductionStartCheck.problems(settings(JWKS, null, "rapor-api")))
                .singleElement()
                .asString()
                .contains("MP_JWT_VERIFY_ISSUER");
        assertThat(ProductionStartCheck.problems(settings(JWKS, DevKey.ISSUER, "rapor-api")))
                .singleElement()
                .asString()
                .contains("dev issuer");
        assertThat(ProductionStartCheck.problems(settings(JWKS, ISSUER, null)))
                .singleElement()
                .asString()
                .contains("MP_JWT_VERIFY_AUDIENCES");
    }

    @Test
    void shouldLetTheLocalRunOptInToTheDevKeyButNotDropTheAudience() {
        assertThat(ProductionStartCheck.problems(new ProductionStartCheck.Settings(
                        Optional.of(DevKey.LOCATION),
                        Optional.empty(),
                        Optional.of(DevKey.ISSUER),
                        Optional.of("rapor-api"),
                        true)))
                .isEmpty();
        assertThat(ProductionStartCheck.problems(new ProductionStartCheck.Settings(
                        Optional.of(DevKey.LOCATION),
                        Optional.empty(),
                        Optional.of(DevKey.ISSUER),
                        Optional.empty(),
                        true)))
                .hasSize(1);
    }

    private static ProductionStartCheck.Settings settings(String location, String issuer, String audiences) {
        return new ProductionStartCheck.Settings(
                Optional.ofNullable(location),
                Optional.empty(),
                Optional.ofNullable(issuer),
                Optional.ofNullable(audiences),
                false);
    }

    private static RsaJsonWebKey otherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RsaJsonWebKey key =
                new RsaJsonWebKey((RSAPublicKey) generator.generateKeyPair().getPublic());
        key.setKeyId("other");
        return key;
    }
}
