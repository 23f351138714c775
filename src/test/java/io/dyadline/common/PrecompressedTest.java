package io.dyadline.common;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers compressed once: what the client accepts, and what it gets back. */
class PrecompressedTest {

    @Test
    void aLargeAnswerIsGzippedOnce_andUnzipsToItself() throws IOException {
        String json = "{\"buckets\":[" + "{\"lane\":\"CN-US\",\"start\":\"2024-01-01\",\"count\":12},".repeat(500)
                + "{}]}";
        Precompressed c = Precompressed.of(json);
        assertTrue(c.gzip().length < json.length() / 10, c.gzip().length + " bytes");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(c.gzip()))) {
            assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        assertEquals(json.length() + c.gzip().length, c.size());
        assertEquals("gzip", c.answer("gzip, deflate, br").getHeaderString("Content-Encoding"));
        assertNull(c.answer("identity").getHeaderString("Content-Encoding"));
        assertEquals(json, c.answer(null).getEntity());
        assertEquals("Accept-Encoding", c.answer(null).getHeaderString("Vary"));
    }

    @Test
    void aSmallAnswerIsNotWorthCompressing() {
        assertNull(Precompressed.of("{\"items\":[]}").gzip());
        assertNull(Precompressed.of("{\"items\":[]}").answer("gzip").getHeaderString("Content-Encoding"));
    }

    @Test
    void gzipIsAcceptedByNameOrStar_unlessItsWeightIsZero() {
        assertTrue(Precompressed.acceptsGzip("gzip"));
        assertTrue(Precompressed.acceptsGzip("deflate, GZIP;q=0.5"));
        assertTrue(Precompressed.acceptsGzip("*"));
        assertFalse(Precompressed.acceptsGzip("gzip;q=0"));
        assertFalse(Precompressed.acceptsGzip("br, deflate"));
        assertFalse(Precompressed.acceptsGzip(""));
        assertFalse(Precompressed.acceptsGzip(null));
        assertFalse(Precompressed.acceptsGzip("gzip;q=x"));
    }
}
