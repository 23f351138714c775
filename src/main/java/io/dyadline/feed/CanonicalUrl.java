package io.dyadline.feed;

import io.dyadline.extraction.text.TsvTable;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The form of a link that two feeds listing the same story agree on: scheme and host in lower case, no default port,
 * no fragment, no tracking parameters ({@code lexicon/feed/tracking-parameters.tsv}); the other parameters keep their
 * order, since a site may read them in order.
 */
public final class CanonicalUrl {

    static final String FILE = "/lexicon/feed/tracking-parameters.tsv";
    private static final List<String> EXACT = new ArrayList<>();
    private static final List<String> PREFIXES = new ArrayList<>();

    static {
        for (TsvTable.Row row : TsvTable.resource(FILE).expect("id", "parameter").rows()) {
            String p = row.get(1).toLowerCase(Locale.ROOT);
            if (p.isEmpty() || p.indexOf('*') >= 0 && p.indexOf('*') != p.length() - 1) {
                throw row.error("a parameter is a name, or a prefix ending in '*'");
            }
            if (p.endsWith("*")) {
                PREFIXES.add(p.substring(0, p.length() - 1));
            } else {
                EXACT.add(p);
            }
        }
    }

    private CanonicalUrl() {
    }

    /** The canonical form of an absolute http(s) link; anything that is not one is returned as it is, stripped. */
    public static String of(String link) {
        String raw = link.strip();
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            return raw;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return raw;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? uri.getRawAuthority().toLowerCase(Locale.ROOT)
                : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** SHA-256 of the canonical form, in hex: what feed items are looked up by. */
    public static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!tracking(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    static boolean tracking(String name) {
        if (EXACT.contains(name)) {
            return true;
        }
        for (String p : PREFIXES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
