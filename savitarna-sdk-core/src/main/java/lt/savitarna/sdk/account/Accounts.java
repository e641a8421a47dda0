package lt.savitarna.sdk.account;

import lt.savitarna.sdk.error.ConsentRequiredException;
import lt.savitarna.sdk.error.EmailAlreadyRegisteredException;
import lt.savitarna.sdk.error.PasswordPolicyException;
import lt.savitarna.sdk.error.ValidationException;

/**
 * Account operations that need no session. Get it from {@code SavitarnaClient.accounts()}.
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
 */
public interface Accounts {

    /**
     * Registers a new account ({@code POST /api/v1/registrations}, with an idempotency key so a
     * retry never registers twice). The registration is checked first and nothing is sent when it
     * is invalid. Its password is zeroed as soon as the request body is built, so a registration
     * is used once.
     *
     * @return the new account
     * @throws ValidationException              found before sending (all field problems at once, e.g.
     *                                          {@code consents.privacyPolicyAndRules / CONSENT_REQUIRED}),
     *                                          or the portal's {@code 400 VALIDATION_FAILED}
     * @throws EmailAlreadyRegisteredException  the email has an account: log in instead
     * @throws ConsentRequiredException         the portal's {@code 422 CONSENT_REQUIRED}
     * @throws PasswordPolicyException          the portal's {@code 422 PASSWORD_POLICY_VIOLATION}
     * @throws IllegalStateException            the registration was already used
     */
    Account register(Registration registration);
}
