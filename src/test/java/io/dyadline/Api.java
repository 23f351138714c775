package io.dyadline;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as the editor, who may write (the test profile sets this password). */
public final class Api {

    public static final String EDITOR = "editor";
    public static final String EDITOR_PASSWORD = "editor-test-password";

    private Api() {
    }

    public static RequestSpecification editor() {
        return RestAssured.given().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD);
    }
}
