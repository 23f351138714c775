package io.dyadline.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies with a bound, so that no body larger than its limit is ever held in memory. */
public final class Bodies {

    private Bodies() {
    }

    /** All of the body, or a 413 problem as soon as it passes {@code maxBytes}. */
    public static byte[] read(InputStream body, long maxBytes) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw ProblemException.tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("The request body could not be read", e);
        }
    }
}
