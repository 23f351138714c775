package io.dyadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The example articles under src/test/resources/articles. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] article(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test article " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
