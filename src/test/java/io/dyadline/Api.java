package io.dyadline;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as the editor, who may write (the test profile sets this password). */
public final class Api {

    public static final String EDITOR = "editor";
    public static final String EDITOR_PASSWORD = "editor-test-password";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private Api() {
    }

    public static RequestSpecification editor() {
        return RestAssured.given().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD);
    }

    public static RequestSpecification admin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String user, String password) {
        return RestAssured.given().auth().preemptive().basic(user, password);
    }

    /** Creates an account with these roles (the admin does it) unless it exists, and returns requests as it. */
    public static RequestSpecification account(String user, String... roles) {
        String password = user + "-test-password";
        int status = admin().contentType("application/json")
                .body(java.util.Map.of("username", user, "password", password, "roles", java.util.List.of(roles)))
                .post("/api/users").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Cannot create the account " + user + ": " + status);
        }
        return as(user, password);
    }
}
