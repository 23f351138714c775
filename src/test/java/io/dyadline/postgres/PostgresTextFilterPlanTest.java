package io.dyadline.postgres;

import io.dyadline.event.TextFilterPlanTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Both ways of looking up the words of q on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class PostgresTextFilterPlanTest extends TextFilterPlanTest {
}
