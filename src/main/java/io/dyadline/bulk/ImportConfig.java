package io.dyadline.bulk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for bulk imports. */
@ConfigMapping(prefix = "dyadline.imports")
public interface ImportConfig {

    /** Where uploads are kept while they are imported, so that an interrupted import resumes after a restart. */
    @WithDefault("data/imports")
    String spoolDir();

    /** The folder that folder imports may read from (itself and its subfolders). */
    @WithDefault("imports")
    String root();

    /** The largest JSON Lines upload accepted, in bytes. */
    @WithDefault("2147483648")
    long maxBytes();

    /** Articles stored per transaction. */
    @WithDefault("500")
    int batchSize();
}
