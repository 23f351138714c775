package io.dyadline.it;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The crash tests on PostgreSQL, with the service built for it. */
@EnabledIfEnvironmentVariable(named = ServiceProcess.POSTGRES_URL, matches = ".+")
class PostgresCrashIT extends CrashIT {

    @Override
    ServiceProcess.Database database() {
        return ServiceProcess.Database.POSTGRES;
    }
}
