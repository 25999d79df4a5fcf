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

    /** How precise a survey index should be. */
    Precision precision();

    /** Precision targets. */
    interface Precision {

        /**
         * The half-width of a survey index's 95 % interval (points on its published scale, 25–100 for IKM) a unit
         * should reach: a wider one says how many more respondents would narrow it to this.
         */
        @WithDefault("2.5")
        BigDecimal targetHalfWidth();
    }

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
