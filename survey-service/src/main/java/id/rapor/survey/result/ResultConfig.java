package id.rapor.survey.result;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of published survey results. */
@ConfigMapping(prefix = "survey.results")
public interface ResultConfig {

    /**
     * Smallest demographic group whose IKM is shown; smaller groups show only their count, because the index of a
     * group of one or two reveals how those respondents answered (UU PDP).
     */
    @WithDefault("5")
    int minimumGroupSize();

    /**
     * The half-width of the IKM's 95 % interval (points on 25–100) a result aims at: a wider one says how many more
     * respondents would narrow it to this.
     */
    @WithDefault("2.5")
    java.math.BigDecimal targetHalfWidth();
}
