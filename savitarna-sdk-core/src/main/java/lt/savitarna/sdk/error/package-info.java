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
 * │   │   ├── PasswordPolicyException    422 PASSWORD_POLICY_VIOLATION
 * │   │   ├── QuantityOutOfRangeException    422 QUANTITY_OUT_OF_RANGE
 * │   │   ├── FileTooLargeException      413 FILE_TOO_LARGE
 * │   │   └── UnsupportedMediaTypeException  415 UNSUPPORTED_MEDIA_TYPE
 * │   ├── EmailAlreadyRegisteredException  409 EMAIL_ALREADY_REGISTERED
 * │   ├── InvalidCredentialsException    401 INVALID_CREDENTIALS
 * │   ├── SessionExpiredException        401 INVALID_REFRESH_TOKEN
 * │   ├── IdentityNotConfirmedException  403 IDENTITY_NOT_CONFIRMED
 * │   ├── AccessDeniedException          403 FORBIDDEN
 * │   ├── NotAMemberException            403 NOT_A_MEMBER
 * │   ├── NotFoundException              404 NOT_FOUND
 * │   ├── OrderNotCancellableException   409 ORDER_NOT_CANCELLABLE
 * │   ├── HelpRequestClosedException     409 REQUEST_CLOSED
 * │   ├── CursorExpiredException         410 CURSOR_EXPIRED
 * │   ├── OfferExpiredException          422 OFFER_EXPIRED
 * │   ├── IdempotencyConflictException   422 IDEMPOTENCY_KEY_REUSED
 * │   ├── RateLimitedException           429 after retries
 * │   └── ServiceUnavailableException    503 after retries
 * ├── TransportException                 network failure after retries
 * │   └── ReadTimeoutException           a streamed body stalled (READ_TIMEOUT)
 * ├── DeadlineExceededException          the total deadline of the call passed
 * ├── UnexpectedResponseException        a success answer whose body could not be read
 * ├── ChecksumMismatchException          a download's SHA-256 differs from the portal's
 * └── LocalFileException                 a local file could not be read or written
 * </pre>
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
package lt.savitarna.sdk.error;
