package io.dyadline.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether Dyadline may fetch a URL: http or https only, to a host whose every address is public. Loopback,
 * private, link-local (cloud metadata at 169.254.169.254 among them), carrier-grade NAT, unique-local, multicast and
 * unspecified addresses are refused unless private addresses are allowed. Every hop of a redirect is checked again.
 */
public final class AddressGuard {

    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL's host resolved and checked; throws {@link FetchException} saying why it may not be fetched. */
    public InetAddress[] check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchException.refused("only http and https addresses are followed, not '" + url.getScheme() + ":'");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw FetchException.refused("the address has no host");
        }
        if (url.getUserInfo() != null) {
            throw FetchException.refused("addresses with a user name or password are not followed");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw FetchException.unreachable("the host " + host + " is unknown");
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                String kind = restricted(a);
                if (kind != null) {
                    throw FetchException.refused("the host " + host + " resolves to a " + kind + " address ("
                            + a.getHostAddress() + "), which is not followed");
                }
            }
        }
        return addresses;
    }

    /** What kind of non-public address this is, or null for a public one. */
    static String restricted(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second <= 127) {
                return "carrier-grade NAT";
            }
            if (first == 0 || first >= 240) {
                return "reserved";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "reserved";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "benchmarking";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            if (isMappedV4(b)) {
                try {
                    byte[] v4 = {b[12], b[13], b[14], b[15]};
                    return restricted(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return "reserved";
                }
            }
        }
        return null;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
