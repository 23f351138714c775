package io.dyadline.feed;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.dyadline.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** With the default setting, a feed on this machine, a private network or the cloud's metadata service is refused. */
@QuarkusTest
@TestProfile(PrivateAddressFeedTest.Default.class)
class PrivateAddressFeedTest {

    public static class Default implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dyadline.feeds.allow-private", "false");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1:8081/api/events.atom | loopback",
            "http://localhost:8081/api/events.atom | loopback",
            "http://169.254.169.254/latest/meta-data/ | link-local",
            "http://10.1.2.3/rss.xml | private",
            "http://[::1]:8081/rss | loopback"})
    void aFeedOnAPrivateAddressIsRefused(String url, String kind) {
        editor().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/feeds").then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("violations[0].field", equalTo("url"))
                .body("detail", containsString("a " + kind + " address"));
    }
}
