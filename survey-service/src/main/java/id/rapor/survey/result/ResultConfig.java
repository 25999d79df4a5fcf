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
}
