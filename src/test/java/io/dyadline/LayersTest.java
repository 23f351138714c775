package io.dyadline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data flows one way (DESIGN.md): a package imports only from lower layers. Packages not listed here are not
 * checked; a listed package may not import a listed package of its own layer or above.
 */
class LayersTest {

    private static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("common", 0),
            Map.entry("extraction", 1),
            Map.entry("security", 1),
            Map.entry("article", 2),
            Map.entry("event", 3),
            Map.entry("curation", 4),
            Map.entry("ingest", 5),
            Map.entry("bulk", 6),
            Map.entry("feed", 6),
            Map.entry("export", 6),
            Map.entry("web", 7));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.dyadline\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void packagesImportOnlyFromLowerLayers() throws IOException {
        Path root = Path.of("src/main/java/io/dyadline");
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file).getName(0).toString();
                Integer own = LAYER.get(pkg);
                if (own == null) {
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    Integer theirs = LAYER.get(m.group(1));
                    if (!m.group(1).equals(pkg) && theirs != null && theirs >= own) {
                        upward.add(root.relativize(file) + " imports " + m.group(1));
                    }
                }
            }
        }
        assertTrue(upward.isEmpty(), "imports against the layers: " + upward);
    }
}
