package id.rapor.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCodesTest {

    @Test
    void shouldEscapeLikeWildcardsInAScope() {
        assertThat(RegionCodes.likeInside("73")).isEqualTo("73.%");
        assertThat(RegionCodes.likeInside("%")).isEqualTo("\\%.%");
        assertThat(RegionCodes.likeInside("7_")).isEqualTo("7\\_.%");
        assertThat(RegionCodes.likeInside("7\\")).isEqualTo("7\\\\.%");
    }
}
