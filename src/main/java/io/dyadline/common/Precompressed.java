package io.dyadline.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A JSON answer written once and gzipped once, when it is computed: an answer remembered until events change (a
 * histogram of all pairs, a window of events) is then copied to each client that accepts gzip, at a tenth of its
 * size, rather than compressed again for each request on the service's few cores.
 */
public record Precompressed(String json, byte[] gzip) {

    /** Below this, compression saves less than the bytes of its headers. */
    static final int MIN_CHARS = 512;

    public static Precompressed of(String json) {
        if (json.length() < MIN_CHARS) {
            return new Precompressed(json, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() / 8);
        // once per change, so the strongest level: it costs a few ms more for an answer of hundreds of KB
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Precompressed(json, out.toByteArray());
    }

    /** What it holds, in characters and bytes, to weigh it in a cache. */
    public long size() {
        return json.length() + (gzip == null ? 0 : gzip.length);
    }

    /** The answer as the client accepts it: gzipped when its {@code Accept-Encoding} names gzip, else as written. */
    public RestResponse<Object> answer(String acceptEncoding) {
        if (gzip != null && acceptsGzip(acceptEncoding)) {
            return RestResponse.ResponseBuilder.ok((Object) gzip, MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CONTENT_ENCODING, "gzip").header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok((Object) json, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    /** {@code gzip} or {@code *} among the codings, with a weight above 0 (RFC 9110, 12.5.3). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!name.equals("gzip") && !name.equals("*")) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                return true;
            }
        }
        return false;
    }
}
