package id.rapor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import id.rapor.platform.error.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One JSON value per body, objects and arrays alike; a body past its limit stops being read at the limit. */
class BodyGuardTest {

    private static final JsonFactory JSON = new JsonFactory();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldAcceptExactlyOneObjectOrArray() {
        for (String body : new String[] {"{\"a\":1}", "[{\"a\":1},{\"b\":[2,3]}]", " [] \n", "\"text\"", "42"}) {
            assertThatCode(() -> BodyGuard.requireSingleValue(JSON, utf8(body))).doesNotThrowAnyException();
        }
    }

    @Test
    void shouldRefuseContentAfterTheValue() {
        for (String body : new String[] {"{\"a\":1}}", "{\"a\":1}{}", "[1,2]]", "[{\"a\":1}] [2]", "{} x"}) {
            Throwable refused =
                    catchThrowableOfType(() -> BodyGuard.requireSingleValue(JSON, utf8(body)), Exception.class);
            assertThat(refused).as(body).isNotNull();
            if (refused instanceof ProblemException problem) {
                assertThat(problem.toProblem().status()).isEqualTo(400);
            } else {
                assertThat(refused).isInstanceOf(JsonProcessingException.class);
            }
        }
    }

    @Test
    void shouldStopReadingAtTheLimit() throws Exception {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'a';
            }
        };
        ProblemException refused =
                catchThrowableOfType(() -> BodyGuard.readAtMost(endless, 100_000), ProblemException.class);
        assertThat(refused.toProblem().status()).isEqualTo(413);
        assertThat(read[0]).isLessThan(100_000 + 16_384);
        assertThat(BodyGuard.readAtMost(new ByteArrayInputStream(new byte[1000]), 1000))
                .hasSize(1000);
    }
}
