package io.dyadline.postgres;

import io.dyadline.event.EventDocumentsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Event documents, their backfill and widely reported events on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class PostgresEventDocumentsTest extends EventDocumentsTest {
}
