package io.dyadline.bulk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The folder of articles ingested at start-up. */
@ConfigMapping(prefix = "dyadline.seeds")
public interface SeedConfig {

    /** Every file in it is ingested at start-up; a missing or empty folder is fine. */
    @WithDefault("seeds")
    String dir();
}
