package io.dyadline.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the event exports (Atom, iCalendar, CSV, JSON Lines). */
@ConfigMapping(prefix = "dyadline.export")
public interface ExportConfig {

    /** How many events a streamed export reads at a time, by cursor: memory holds one batch, whatever the total. */
    @WithDefault("500")
    int batch();
}
