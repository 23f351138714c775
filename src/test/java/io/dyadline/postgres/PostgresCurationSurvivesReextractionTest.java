package io.dyadline.postgres;

import io.dyadline.curation.CurationSurvivesReextractionTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Decisions outlive re-extraction on PostgreSQL too. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class PostgresCurationSurvivesReextractionTest extends CurationSurvivesReextractionTest {
}
