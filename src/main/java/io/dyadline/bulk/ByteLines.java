package io.dyadline.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream line by line as bytes, so that each line is decoded, and may fail, on its own. */
final class ByteLines implements AutoCloseable {

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next line without its line break (a trailing CR is dropped too), or null at the end. */
    byte[] next() throws IOException {
        line.reset();
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish() : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            line.write(buffer, start, pos - start);
            if (pos < limit) {
                pos++;
                return finish();
            }
        }
    }

    private byte[] finish() {
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, n - 1);
        }
        return bytes;
    }

    static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
