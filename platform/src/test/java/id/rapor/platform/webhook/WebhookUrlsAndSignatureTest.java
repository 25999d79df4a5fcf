package id.rapor.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Receiver URL rules (scheme, credentials, allow-list) and the Standard Webhooks signature. */
class WebhookUrlsAndSignatureTest {

    @Test
    void shouldAcceptOnlyHttpAndHttpsWithAHostAndNoCredentials() {
        assertThat(WebhookUrls.refusal("https://etl.sulselprov.go.id/hooks", List.of()))
                .isNull();
        assertThat(WebhookUrls.refusal("http://10.0.0.5:8080/hooks", List.of())).isNull();
        assertThat(WebhookUrls.refusal("ftp://etl.sulselprov.go.id/x", List.of()))
                .contains("http");
        assertThat(WebhookUrls.refusal("file:///etc/passwd", List.of())).contains("http");
        assertThat(WebhookUrls.refusal("gopher://127.0.0.1:6379/_FLUSHALL", List.of()))
                .contains("http");
        assertThat(WebhookUrls.refusal("https://user:secret@etl.go.id/x", List.of()))
                .contains("credentials");
        assertThat(WebhookUrls.refusal("https:///nohost", List.of())).isNotNull();
        assertThat(WebhookUrls.refusal("not a url", List.of())).isNotNull();
        assertThat(WebhookUrls.refusal(null, List.of())).isNotNull();
    }

    @Test
    void shouldHonourTheAllowListByExactHostOrDomainSuffix() {
        List<String> allowed = List.of("hooks.example.org", ".go.id");
        assertThat(WebhookUrls.refusal("https://hooks.example.org/x", allowed)).isNull();
        assertThat(WebhookUrls.refusal("https://etl.sulselprov.go.id/x", allowed))
                .isNull();
        assertThat(WebhookUrls.refusal("https://go.id/x", allowed)).isNull();
        assertThat(WebhookUrls.refusal("https://evil-go.id/x", allowed)).contains("allowed-hosts");
        assertThat(WebhookUrls.refusal("https://sub.hooks.example.org/x", allowed))
                .contains("allowed-hosts");
        assertThat(WebhookUrls.refusal("http://169.254.169.254/latest/meta-data", allowed))
                .contains("allowed-hosts");
        assertThat(WebhookUrls.refusal("http://127.0.0.1:8081/api", allowed)).contains("allowed-hosts");
    }

    @Test
    void shouldVerifyOnlyTheExactSignedContent() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        String body = "{\"type\":\"survey.tally.changed\"}";
        String header = WebhookSignature.sign(secret, "id-1", 1780358400L, body);
        assertThat(header).startsWith("v1,");
        assertThat(WebhookSignature.verify(secret, "id-1", 1780358400L, body, header))
                .isTrue();
        // several signatures in one header (during a rotation): any match will do
        assertThat(WebhookSignature.verify(secret, "id-1", 1780358400L, body, "v1,AAAA " + header))
                .isTrue();
        assertThat(WebhookSignature.verify(secret, "id-1", 1780358401L, body, header))
                .isFalse();
        assertThat(WebhookSignature.verify(secret, "id-2", 1780358400L, body, header))
                .isFalse();
        assertThat(WebhookSignature.verify(secret, "id-1", 1780358400L, body + " ", header))
                .isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), "id-1", 1780358400L, body, header))
                .isFalse();
        assertThat(WebhookSignature.verify(secret, "id-1", 1780358400L, body, "v1,not-base64!"))
                .isFalse();
    }
}
