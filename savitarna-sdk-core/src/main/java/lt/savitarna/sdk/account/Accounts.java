package lt.savitarna.sdk.account;

import lt.savitarna.sdk.error.ConsentRequiredException;
import lt.savitarna.sdk.error.EmailAlreadyRegisteredException;
import lt.savitarna.sdk.error.PasswordPolicyException;
import lt.savitarna.sdk.error.ValidationException;

/**
 * Account operations that need no session. Get it from {@code SavitarnaClient.accounts()}.
 *
 * <pre>{@code
 * try {
 *     Account account = client.accounts().register(registration);
 * } catch (EmailAlreadyRegisteredException e) {
 *     // a Žemyna club member: log in with the club credentials instead
 *     Session session = client.login(email, password);
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
