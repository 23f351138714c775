package io.dyadline.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for article intake. */
@ConfigMapping(prefix = "dyadline.articles")
public interface ArticleConfig {

    /** The largest article body accepted, in bytes. */
    @WithDefault("5242880")
    long maxBytes();
}
