package id.rapor.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure becomes one problem+json answer with the right status and the field at fault, nothing more. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    record Item(String code, BigDecimal weight) {}

    record Body(List<Item> items) {}

    private static Problem problem(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }

    @Test
    void shouldAnswerABusinessRuleWith422AndItsField() {
        Problem p = problem(mappers.problem(ProblemException.businessRule("year", "outside the validity")));
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.type()).isEqualTo("https://rapor.id/problems/business-rule");
        assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("year");
    }

    @Test
    void shouldNameTheJsonFieldOfTheWrongType() {
        JsonMappingException e = catchThrowableOfType(
                JsonMappingException.class,
                () -> new ObjectMapper().readValue("{\"items\":[{\"code\":\"U1\",\"weight\":\"berat\"}]}", Body.class));
        Problem p = problem(mappers.json(e));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("items[0].weight");
        assertThat(p.detail()).doesNotContain("BigDecimal").doesNotContain("Exception");
    }

    @Test
    void shouldTellADatabaseOutageFromABugWithoutLeakingInternals() {
        Response outage =
                mappers.unexpected(new IllegalStateException("wrapped", new ConnectException("Connection refused")));
        assertThat(outage.getStatus()).isEqualTo(503);
        assertThat(outage.getHeaderString("Retry-After")).isEqualTo("5");

        Response duplicate = mappers.unexpected(new RuntimeException(new SQLException("dup", "23505")));
        assertThat(duplicate.getStatus()).isEqualTo(409);
        Response badData = mappers.unexpected(new RuntimeException(new SQLException("nul byte", "22021")));
        assertThat(badData.getStatus()).isEqualTo(400);

        Problem bug = problem(mappers.unexpected(new NullPointerException("secret.internal.Field is null")));
        assertThat(bug.status()).isEqualTo(500);
        assertThat(bug.detail()).doesNotContain("secret").doesNotContain("NullPointer");
    }

    @Test
    void shouldTurnAnUnconvertibleParameterInto400AndAnUnknownPathInto404() {
        assertThat(mappers.web(new NotFoundException(new IllegalArgumentException("not a UUID")))
                        .getStatus())
                .isEqualTo(400);
        assertThat(problem(mappers.web(new NotFoundException())).status()).isEqualTo(404);
    }
}
