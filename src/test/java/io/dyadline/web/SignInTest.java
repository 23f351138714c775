package io.dyadline.web;

import io.dyadline.Api;
import io.dyadline.security.SessionAuthentication;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SignInTest {

    @Test
    void theSignInFormOpensASessionThatSignsOut() {
        Api.account("form.user", "analyst");
        Response page = given().accept(ContentType.HTML).get("/login?next=/timeline");
        page.then().statusCode(200).body(containsString("name=\"csrf-token\""));
        String csrf = page.cookie("csrf-token");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        // no CSRF token: refused
        given().formParam("username", "form.user").formParam("password", "form.user-test-password")
                .post("/login").then().statusCode(400);
        // a wrong password: the form again, 401
        given().cookie("csrf-token", csrf).formParam("csrf-token", token).formParam("username", "form.user")
                .formParam("password", "wrong-password").post("/login").then().statusCode(401)
                .body(containsString("wrong"));

        Response signedIn = given().redirects().follow(false).cookie("csrf-token", csrf).formParam("csrf-token", token)
                .formParam("username", "form.user").formParam("password", "form.user-test-password")
                .formParam("next", "/timeline").post("/login");
        signedIn.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/timeline"));
        String session = signedIn.cookie(SessionAuthentication.COOKIE);
        assertEquals(43, session.length());
        String setCookie = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionAuthentication.COOKIE + "=")).findFirst().orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("HttpOnly"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("SameSite=Strict"));

        given().cookie(SessionAuthentication.COOKIE, session).accept(ContentType.HTML).get("/").then().statusCode(200)
                .body(containsString("Signed in as")).body(containsString("form.user"));
        given().cookie(SessionAuthentication.COOKIE, session).get("/api/users/form.user").then().statusCode(200);

        given().redirects().follow(false).cookie(SessionAuthentication.COOKIE, session).cookie("csrf-token", csrf)
                .formParam("csrf-token", token).post("/logout").then().statusCode(303);
        given().cookie(SessionAuthentication.COOKIE, session).get("/api/users/form.user").then().statusCode(401);
        // a stale cookie does not stop anyone reading
        given().cookie(SessionAuthentication.COOKIE, session).accept(ContentType.HTML).get("/").then().statusCode(200)
                .body(containsString("Sign in"));
    }

    @Test
    void signingInSendsPeopleOnlyToThisSite() {
        assertEquals("/", LoginPage.localPath("https://evil.example/"));
        assertEquals("/", LoginPage.localPath("//evil.example/"));
        assertEquals("/", LoginPage.localPath("/\\evil.example"));
        assertEquals("/", LoginPage.localPath(null));
        assertEquals("/timeline?pair=IR-RU", LoginPage.localPath("/timeline?pair=IR-RU"));
    }
}
