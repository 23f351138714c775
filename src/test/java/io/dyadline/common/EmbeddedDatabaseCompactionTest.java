package io.dyadline.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The file compacted at stop is the one the JDBC URL names. */
class EmbeddedDatabaseCompactionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:file:./data/dyadline;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0 | ./data/dyadline.mv.db",
            "jdbc:h2:file:/var/lib/dyadline/db | /var/lib/dyadline/db.mv.db",
    })
    void theFileOfTheUrl(String url, String file) {
        assertEquals(Path.of(file), EmbeddedDatabaseCompaction.fileOf(url));
    }
}
