package io.dyadline.feed;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * A news site on this machine for the feed tests: feeds and article pages from src/test/resources/feeds (with
 * {@code {{base}}} replaced by the site's address), ETags honoured where a page has one, and paths that misbehave
 * (slow, failing, redirecting in a loop, far too large). Every request is logged with its headers and time.
 */
final class FeedSite implements AutoCloseable {

    /** One request as the site saw it. */
    record Hit(String path, MultiMap headers, long atMillis) {
    }

    /** What the site answers on a path. */
    record Answer(int status, String contentType, byte[] body, String etag, boolean gzip, long delayMillis,
                  String location) {

        static Answer of(String contentType, String body) {
            return new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8), null, false, 0, null);
        }

        Answer withEtag(String etag) {
            return new Answer(status, contentType, body, etag, gzip, delayMillis, location);
        }

        Answer gzipped() {
            return new Answer(status, contentType, body, etag, true, delayMillis, location);
        }

        Answer delayed(long millis) {
            return new Answer(status, contentType, body, etag, gzip, millis, location);
        }

        static Answer status(int status) {
            return new Answer(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), null, false,
                    0, null);
        }

        static Answer redirect(String location) {
            return new Answer(302, "text/plain", new byte[0], null, false, 0, location);
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<Hit> hits = new CopyOnWriteArrayList<>();

    FeedSite() throws Exception {
        server = vertx.createHttpServer().requestHandler(this::answer).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    String base() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    String url(String path) {
        return base() + path;
    }

    void put(String path, Answer answer) {
        answers.put(path, answer);
    }

    /** A resource of src/test/resources/feeds, with {{base}} replaced by the site's address and a path prefix. */
    String resource(String name, String prefix) {
        try (InputStream in = FeedSite.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource feeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base() + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Hit> hitsOf(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    private void answer(HttpServerRequest req) {
        hits.add(new Hit(req.path(), MultiMap.caseInsensitiveMultiMap().addAll(req.headers()), System.currentTimeMillis()));
        Answer a = answers.get(req.path());
        if (a == null) {
            req.response().setStatusCode(404).end("not found");
            return;
        }
        Runnable send = () -> {
            if (a.etag() != null && a.etag().equals(req.getHeader("If-None-Match"))) {
                req.response().setStatusCode(304).putHeader("ETag", a.etag()).end();
                return;
            }
            var response = req.response().setStatusCode(a.status()).putHeader("Content-Type", a.contentType());
            if (a.etag() != null) {
                response.putHeader("ETag", a.etag());
            }
            if (a.location() != null) {
                response.putHeader("Location", a.location());
            }
            byte[] body = a.body();
            if (a.gzip()) {
                body = gzip(body);
                response.putHeader("Content-Encoding", "gzip");
            }
            response.end(Buffer.buffer(body));
        };
        if (a.delayMillis() > 0) {
            vertx.setTimer(a.delayMillis(), t -> {
                if (!req.response().closed()) {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
