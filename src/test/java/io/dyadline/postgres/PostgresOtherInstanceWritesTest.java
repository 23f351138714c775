package io.dyadline.postgres;

import io.dyadline.event.OtherInstanceWritesTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The change log that tells instances on one PostgreSQL about each other's writes. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class PostgresOtherInstanceWritesTest extends OtherInstanceWritesTest {
}
