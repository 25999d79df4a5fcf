package id.rapor.survey.response;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of response ingestion. */
@ConfigMapping(prefix = "survey")
public interface IngestionConfig {

    /** Largest number of responses accepted in one batch or CSV request. */
    @WithDefault("10000")
    int maxBatchRows();
}
