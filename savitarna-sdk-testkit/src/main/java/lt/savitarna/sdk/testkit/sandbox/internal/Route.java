package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.Objects;

/** A method and path template bound to a handler, with its access and idempotency rules. */
public record Route(String method, PathTemplate template, Access access, Idempotency idempotency, Handler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(handler, "handler");
    }
}
