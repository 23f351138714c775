package io.dyadline.postgres;

import io.dyadline.article.ConcurrentWritersTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Racing writers on PostgreSQL: the same tests as on H2. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class PostgresConcurrentWritersTest extends ConcurrentWritersTest {
}
