package lt.savitarna.sdk.error;

import java.io.Serializable;
import java.util.Objects;

/**
 * One field-level problem: which field (a JSON path such as {@code email} or
 * {@code consents.privacyPolicyAndRules}), a stable code, and a message for people.
 *
 * <pre>{@code
 * for (FieldError fe : e.fieldErrors()) {
 *     form.markInvalid(fe.field(), fe.message());
 * }
 * }</pre>
 *
 * @param field   the field's name or path, as in the wire contract
 * @param code    a stable code, e.g. {@code REQUIRED}, {@code INVALID_EMAIL}, {@code CONSENT_REQUIRED}
 * @param message a message for people: localized for errors found before the wire, as sent by
 *                the portal otherwise
 */
public record FieldError(String field, String code, String message) implements Serializable {

    /** Requires a field name and a code. */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
    }
}
