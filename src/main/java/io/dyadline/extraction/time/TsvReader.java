package io.dyadline.extraction.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads our lexicon TSV format: a header row, {@code #} comments, blank lines ignored, a fixed column count. */
final class TsvReader {

    /** One data row with the place it came from, so a bad value can be reported as file:line. */
    record Row(String file, int line, String[] cells) {
        String where() {
            return file + ":" + line;
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(where() + ": " + message);
        }

        int intCell(int i) {
            try {
                return Integer.parseInt(cells[i].trim());
            } catch (NumberFormatException e) {
                throw error("not a number: '" + cells[i] + "'");
            }
        }
    }

    private TsvReader() {
    }

    static List<Row> read(String file, InputStream in, int columns) {
        if (in == null) {
            throw new IllegalStateException(file + ":0: resource not found");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            int n = 0;
            boolean header = true;
            while ((s = r.readLine()) != null) {
                n++;
                if (s.isBlank() || s.startsWith("#")) {
                    continue;
                }
                String[] cells = s.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(file + ":" + n + ": expected " + columns + " tab-separated columns, found "
                            + cells.length + ": '" + s + "'");
                }
                for (String c : cells) {
                    if (c.isBlank()) {
                        throw new IllegalStateException(file + ":" + n + ": empty column: '" + s + "'");
                    }
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(new Row(file, n, cells));
            }
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot read: " + e.getMessage(), e);
        }
        return rows;
    }
}
