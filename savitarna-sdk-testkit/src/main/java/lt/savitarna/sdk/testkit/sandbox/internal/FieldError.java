package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.Objects;

/** One entry of a problem's {@code errors[]}: which field, a stable code, and a message for people. */
public record FieldError(String field, String code, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
