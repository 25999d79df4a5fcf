package id.rapor.system;

import id.rapor.local.Stack;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;

/**
 * The one stack the system tests share: the real broker and the four services, started once per test JVM on
 * free ports with throw-away databases, stopped at JVM exit. Tests that take a component away must bring it back.
 */
public final class SystemStack {

    private static Stack stack;

    private SystemStack() {}

    /** The running stack, started on first use. */
    public static synchronized Stack get() {
        if (stack == null) {
            Stack started = Stack.start(Stack.Options.isolated(Stack.findRoot()));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            stack = started;
        }
        return stack;
    }

    /** A rest-assured request against the gateway. */
    public static RequestSpecification gateway() {
        return RestAssured.given(
                new RequestSpecBuilder().setBaseUri(get().gatewayUrl()).build());
    }
}
