package id.rapor.ranking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Ranking-service settings. */
@ConfigMapping(prefix = "ranking")
public interface RankingConfig {

    /** Scorecard flags. */
    Scorecard scorecard();

    /**
     * A unit whose flagged and excluded survey responses exceed this share of all its responses in the period is
     * marked {@code dataQuality = LOW} in the unit ranking.
     */
    @WithDefault("0.2")
    double surveyQualityThreshold();

    /** Thresholds of the scorecard's warning flags. */
    interface Scorecard {

        /** A fall of IKM by more than this many points from the previous period raises IKM_DROP. */
        @WithDefault("5")
        BigDecimal ikmDropPoints();

        /** A fall of an item's NRR by more than this from the previous period raises NRR_DROP. */
        @WithDefault("0.5")
        BigDecimal nrrDrop();
    }
}
