package io.dyadline.security;

import io.dyadline.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.dyadline.Api.admin;
import static io.dyadline.Api.as;
import static io.dyadline.Api.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
public class AccountsApiTest {

    private static Map<String, Object> user(String name, String password, String... roles) {
        return Map.of("username", name, "password", password, "roles", List.of(roles));
    }

    @Test
    void anAdminCreatesListsChangesAndDeletesAccounts() {
        admin().contentType(ContentType.JSON).body(user("ana.lyst", "ana-lyst-password", "analyst")).post("/api/users")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/users/ana.lyst"))
                .body("username", equalTo("ana.lyst")).body("roles", equalTo(List.of("analyst")))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        admin().get("/api/users").then().statusCode(200)
                .body("items.username", hasItems("admin", "editor", "ana.lyst"));
        as("ana.lyst", "ana-lyst-password").get("/api/users/ana.lyst").then().statusCode(200)
                .body("roles", equalTo(List.of("analyst")));

        admin().contentType(ContentType.JSON).body(Map.of("roles", List.of("analyst", "editor")))
                .patch("/api/users/ana.lyst").then().statusCode(200).body("roles", equalTo(List.of("analyst", "editor")));
        // the new role counts at once: the analyst may now post articles
        as("ana.lyst", "ana-lyst-password").contentType(ContentType.JSON)
                .body("{\"publishedAt\":\"2019-05-01\",\"text\":\"Iran and Oman discussed shipping on Wednesday, accounts test.\"}")
                .post("/api/articles").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));

        admin().delete("/api/users/ana.lyst").then().statusCode(204);
        as("ana.lyst", "ana-lyst-password").get("/api/users/ana.lyst").then().statusCode(401);
        admin().get("/api/users/ana.lyst").then().statusCode(404).contentType("application/problem+json");
        admin().delete("/api/users/ana.lyst").then().statusCode(404);
    }

    @Test
    void accountsNeedASignedInUserAndAdminsForOthers() {
        given().get("/api/users").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
        given().contentType(ContentType.JSON).body(user("intruder", "intruder-password", "admin"))
                .post("/api/users").then().statusCode(401);
        editor().get("/api/users").then().statusCode(403).contentType("application/problem+json");
        editor().contentType(ContentType.JSON).body(user("intruder", "intruder-password", "admin"))
                .post("/api/users").then().statusCode(403);
        editor().get("/api/users/admin").then().statusCode(403);
        editor().delete("/api/users/admin").then().statusCode(403);
        admin().get("/api/users/intruder").then().statusCode(404);
    }

    @Test
    void invalidAccountsAre422AndTakenNames409() {
        admin().contentType(ContentType.JSON).body(user("Bad Name", "long-enough-password", "analyst"))
                .post("/api/users").then().statusCode(422).body("violations[0].field", equalTo("username"));
        admin().contentType(ContentType.JSON).body(user("shorty", "short", "analyst"))
                .post("/api/users").then().statusCode(422).body("violations[0].field", equalTo("password"));
        admin().contentType(ContentType.JSON).body(user("roleless", "long-enough-password", "superuser"))
                .post("/api/users").then().statusCode(422).body("violations[0].field", equalTo("roles"));
        admin().contentType(ContentType.JSON).body(user("editor", "long-enough-password", "analyst"))
                .post("/api/users").then().statusCode(409).contentType("application/problem+json");
        admin().contentType(ContentType.JSON).body(Map.of("roles", List.of("analyst")))
                .patch("/api/users/admin").then().statusCode(409);
        admin().delete("/api/users/admin").then().statusCode(409);
    }

    @Test
    void aUserChangesTheirOwnPasswordButNotTheirRoles() {
        Api.account("self.changer", "reader");
        as("self.changer", "self.changer-test-password").contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("admin"))).patch("/api/users/self.changer").then().statusCode(403);
        as("self.changer", "self.changer-test-password").contentType(ContentType.JSON)
                .body(Map.of("password", "a-new-long-password")).patch("/api/users/admin").then().statusCode(403);
        as("self.changer", "self.changer-test-password").contentType(ContentType.JSON)
                .body(Map.of("password", "a-new-long-password")).patch("/api/users/self.changer").then().statusCode(200);
        as("self.changer", "self.changer-test-password").get("/api/users/self.changer").then().statusCode(401);
        as("self.changer", "a-new-long-password").get("/api/users/self.changer").then().statusCode(200);
        // a reader may not write
        as("self.changer", "a-new-long-password").contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                .post("/api/articles").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theAdminHoldsEveryRole() {
        admin().contentType(ContentType.JSON)
                .body("{\"publishedAt\":\"2019-05-02\",\"text\":\"Iran and Oman discussed shipping on Thursday, admin test.\"}")
                .post("/api/articles").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));
    }

    @Test
    void repeatedWrongPasswordsRefuseTheAccountFromThatAddressWith429() {
        Api.account("limited.user", "analyst");
        for (int i = 0; i < 5; i++) {
            as("limited.user", "wrong-password-" + i).get("/api/users/limited.user").then().statusCode(401);
        }
        // even the right password is refused for a while
        as("limited.user", "limited.user-test-password").get("/api/users/limited.user").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        // other accounts from this address are not
        editor().get("/api/users/editor").then().statusCode(200);
    }
}
