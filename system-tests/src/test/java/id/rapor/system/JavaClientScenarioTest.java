package id.rapor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import id.rapor.client.ApiClient;
import id.rapor.client.ApiException;
import id.rapor.client.api.IndexDefinitionsApi;
import id.rapor.client.api.UnitRankingsApi;
import id.rapor.client.api.UnitsApi;
import id.rapor.client.model.IndexDefinition;
import id.rapor.client.model.Scorecard;
import id.rapor.client.model.Unit;
import id.rapor.client.model.UnitRequest;
import id.rapor.client.model.UnitType;
import id.rapor.testsupport.DevTokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A Biro Organisasi system with the generated Java client (module clients): registers a unit, finds it on the
 * ranking side and reads the index definitions, through the gateway of the running stack.
 */
class JavaClientScenarioTest {

    @Test
    void shouldRegisterAUnitAndReadItsScorecardWithTheGeneratedJavaClient() throws ApiException {
        String token = DevTokens.evaluator("73");
        ApiClient biro = client().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        Unit unit = new UnitsApi(biro)
                .createUnit(new UnitRequest()
                        .name("Puskesmas Lanrisang")
                        .type(UnitType.PUSKESMAS)
                        .regionCode("73.15.08")
                        .parentOrganisation("Dinas Kesehatan Kabupaten Pinrang"));
        assertThat(unit.getRegionCode()).isEqualTo("73.15.08");
        assertThat(unit.getProvinceCode()).isEqualTo("73");

        UnitRankingsApi rankings = new UnitRankingsApi(biro);
        Scorecard scorecard = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .ignoreException(ApiException.class)
                .until(() -> rankings.getUnitScorecard(unit.getId()), card -> card != null);
        assertThat(scorecard.getUnit().getName()).isEqualTo("Puskesmas Lanrisang");

        assertThat(new IndexDefinitionsApi(client()).listDefinitions())
                .extracting(IndexDefinition::getCode)
                .contains("IKM", "IPP");

        ApiException refused = catchThrowableOfType(
                ApiException.class,
                () -> new UnitsApi(client())
                        .createUnit(new UnitRequest()
                                .name("Tanpa token")
                                .type(UnitType.PUSKESMAS)
                                .regionCode("73.15")));
        assertThat(refused.getCode()).isEqualTo(401);
    }

    private static ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(SystemStack.get().gatewayUrl());
        return client;
    }
}
