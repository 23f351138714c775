package io.dyadline.postgres;

import io.dyadline.article.ArticleResourceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The article API on PostgreSQL: the same tests as on H2. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class PostgresArticleResourceTest extends ArticleResourceTest {
}
