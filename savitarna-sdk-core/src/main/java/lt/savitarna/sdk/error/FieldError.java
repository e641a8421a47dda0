package lt.savitarna.sdk.error;

import java.io.Serializable;
import java.util.Objects;

/**
 * One field-level problem: which field (a JSON path such as {@code email} or
 * {@code consents.privacyPolicyAndRules}), a stable code, and a message for people.
 *
 * <!-- sample: AccountErrors#registration-errors -->
 * <pre>{@code
 * try {
 *     Account account = client.accounts().register(registration);
 *     out.println("Registered " + account.email());
 * } catch (EmailAlreadyRegisteredException e) {
 *     out.println(e.getLocalizedMessage()); // suggests logging in, e.g. with the Žemyna club credentials
 * } catch (PasswordPolicyException | ConsentRequiredException e) {
 *     out.println(e.getLocalizedMessage()); // the portal's own check, when its rules are stricter than the SDK's
 * } catch (ValidationException e) {
 *     // Checked before sending: all problems at once, e.g. a weak password or a missing consent.
 *     for (FieldError error : e.fieldErrors()) {
 *         out.println(error.field() + ": " + error.message());
 *     }
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
