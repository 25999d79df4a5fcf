package id.rapor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogPathsTest {

    @Test
    void shouldNameTheFormTokenInsteadOfWritingIt() {
        assertThat(AccessLogPaths.redact("/api/v1/survey/forms/3q2-7wX9aZ0kLmN4pQrStUvWxYz01234"))
                .isEqualTo("/api/v1/survey/forms/{formToken}");
        assertThat(AccessLogPaths.redact("/api/v1/survey/forms/3q2-7wX9aZ0k?lang=id"))
                .isEqualTo("/api/v1/survey/forms/{formToken}?lang=id");
        assertThat(AccessLogPaths.redact("/api/v1/survey/forms/abc/extra"))
                .isEqualTo("/api/v1/survey/forms/{formToken}/extra");
    }

    @Test
    void shouldLeaveOtherPathsAsTheyAre() {
        String path = "/api/v1/survey/campaigns/1b7e0c52-8a11-4f5e-9d3c-2f6a7b8c9d01/result?period=2026";
        assertThat(AccessLogPaths.redact(path)).isEqualTo(path);
        assertThat(AccessLogPaths.redact("/api/v1/survey/forms")).isEqualTo("/api/v1/survey/forms");
    }
}
