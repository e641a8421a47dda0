/**
 * The one exception tree of the SDK: everything thrown is an unchecked
 * {@link lt.savitarna.sdk.error.SavitarnaException} with a stable code, the request id and a message
 * for people in Lithuanian or English.
 *
 * <pre>
 * SavitarnaException
 * ├── ApiException                       the portal answered with a problem (status, code, fieldErrors)
 * │   ├── ValidationException            400 VALIDATION_FAILED, or found before sending (status 0)
 * │   │   ├── ConsentRequiredException   422 CONSENT_REQUIRED
 * │   │   └── PasswordPolicyException    422 PASSWORD_POLICY_VIOLATION
 * │   ├── EmailAlreadyRegisteredException  409 EMAIL_ALREADY_REGISTERED
 * │   ├── InvalidCredentialsException    401 INVALID_CREDENTIALS
 * │   ├── SessionExpiredException        401 INVALID_REFRESH_TOKEN
 * │   ├── IdentityNotConfirmedException  403 IDENTITY_NOT_CONFIRMED
 * │   ├── AccessDeniedException          403 FORBIDDEN
 * │   ├── NotFoundException              404 NOT_FOUND
 * │   ├── IdempotencyConflictException   422 IDEMPOTENCY_KEY_REUSED
 * │   ├── RateLimitedException           429 after retries
 * │   └── ServiceUnavailableException    503 after retries
 * ├── TransportException                 network failure after retries
 * ├── DeadlineExceededException          the total deadline of the call passed
 * └── UnexpectedResponseException        a success answer whose body could not be read
 * </pre>
 *
 * <pre>{@code
 * try {
 *     Account account = client.accounts().register(registration);
 * } catch (EmailAlreadyRegisteredException e) {
 *     ui.suggestLogin(e.getLocalizedMessage());
 * } catch (ValidationException e) {
 *     e.fieldErrors().forEach(fe -> form.markInvalid(fe.field(), fe.message()));
 * } catch (SavitarnaException e) {
 *     ui.showError(e.getLocalizedMessage() + " (" + e.getRequestId() + ")");
 * }
 * }</pre>
 */
package lt.savitarna.sdk.error;
