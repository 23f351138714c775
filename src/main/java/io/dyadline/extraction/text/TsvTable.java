package io.dyadline.extraction.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lexicon file: a header row naming the columns, then one entry per line, tab-separated; '#' starts a comment
 * line; blank lines are skipped. A line with the wrong number of columns fails with file:line.
 */
public final class TsvTable {

    /** One data line; {@code location} is file:line for error messages. */
    public record Row(String location, String[] cells) {

        public String get(int column) {
            return cells[column];
        }

        /** A cell that must be a whole number. */
        public int intCell(int column) {
            try {
                return Integer.parseInt(cells[column]);
            } catch (NumberFormatException e) {
                throw error("not a number: '" + cells[column] + "'");
            }
        }

        public LexiconException error(String message) {
            return new LexiconException(location + ": " + message);
        }
    }

    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    public static TsvTable resource(String path) {
        InputStream in = TsvTable.class.getResourceAsStream(path);
        if (in == null) {
            throw new LexiconException(path + ": lexicon not found");
        }
        return read(path, in);
    }

    public static TsvTable read(String name, InputStream in) {
        if (in == null) {
            throw new LexiconException(name + ":0: lexicon not found");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = List.of(cells);
                    continue;
                }
                String location = name + ":" + number;
                if (cells.length != header.size()) {
                    throw new LexiconException(location + ": expected " + header.size() + " columns " + header
                            + " but found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(new Row(location, cells));
            }
            if (header == null) {
                throw new LexiconException(name + ": no header row");
            }
            return new TsvTable(name, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** Fails unless the header starts with the given columns. */
    public TsvTable expect(String... columns) {
        if (!header.subList(0, Math.min(header.size(), columns.length)).equals(Arrays.asList(columns))) {
            throw new LexiconException(name + ":header: expected columns " + Arrays.toString(columns) + " but found "
                    + header);
        }
        return this;
    }

    /** Fails unless the header has exactly this many columns and no data cell is empty. */
    public TsvTable complete(int columns) {
        if (header.size() != columns) {
            throw new LexiconException(name + ":header: expected " + columns + " columns but found " + header);
        }
        for (Row row : rows) {
            for (String cell : row.cells()) {
                if (cell.isEmpty()) {
                    throw row.error("empty column");
                }
            }
        }
        return this;
    }

    public List<Row> rows() {
        return rows;
    }

    public String name() {
        return name;
    }
}
