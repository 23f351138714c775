package io.dyadline.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Literal addresses only, so that no test depends on DNS. */
class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(false);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1/feed.xml | loopback",
            "http://127.8.9.10:8080/ | loopback",
            "http://[::1]/feed | loopback",
            "http://0.0.0.0/ | unspecified",
            "http://169.254.169.254/latest/meta-data/ | link-local",
            "http://[fe80::1]/ | link-local",
            "http://10.0.0.5/rss | private",
            "http://172.16.3.4/rss | private",
            "http://192.168.1.1/ | private",
            "http://100.64.0.1/ | carrier-grade NAT",
            "http://[fd00:ec2::254]/ | unique-local",
            "http://[::ffff:10.1.2.3]/ | private",
            "http://224.0.0.1/ | multicast",
            "http://240.0.0.1/ | reserved",
            "http://198.18.0.1/ | benchmarking"})
    void nonPublicAddressesAreRefused(String url, String kind) {
        FetchException e = assertThrows(FetchException.class, () -> guard.check(URI.create(url)));
        assertTrue(e.getMessage().contains("a " + kind + " address"), e.getMessage());
        assertFalse(e.passing(), "asking again will not help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://93.184.215.14/feed.xml", "gopher://93.184.215.14/",
            "jar:http://93.184.215.14/x.jar!/feed.xml"})
    void onlyHttpAndHttpsAreFollowed(String url) {
        FetchException e = assertThrows(FetchException.class, () -> guard.check(URI.create(url)));
        assertTrue(e.getMessage().startsWith("only http and https"), e.getMessage());
    }

    @Test
    void credentialsInTheAddressAreRefused() {
        assertThrows(FetchException.class, () -> guard.check(URI.create("http://user:pw@93.184.215.14/feed")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/feed.xml", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/rss",
            "http://8.8.8.8/"})
    void publicAddressesAreFollowed(String url) {
        assertDoesNotThrow(() -> guard.check(URI.create(url)));
    }

    @Test
    void privateAddressesMayBeAllowed() {
        assertDoesNotThrow(() -> new AddressGuard(true).check(URI.create("http://127.0.0.1:8092/feed.xml")));
        assertThrows(FetchException.class, () -> new AddressGuard(true).check(URI.create("file:///etc/passwd")));
    }
}
