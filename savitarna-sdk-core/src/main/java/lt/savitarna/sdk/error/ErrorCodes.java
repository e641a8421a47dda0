package lt.savitarna.sdk.error;

/**
 * The stable machine codes carried by {@link SavitarnaException#getCode()}: the portal's problem
 * codes and the few the SDK adds for failures that never got an answer. Switch on these, never on
 * message texts, which are for people and may change.
 *
 * <pre>{@code
 * } catch (ApiException e) {
 *     if (ErrorCodes.IDEMPOTENCY_KEY_IN_USE.equals(e.code())) { ... }
 * }
 * }</pre>
 */
public final class ErrorCodes {

    /** 400: a body or parameter is invalid; also the code of client-side validation. */
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    /** 401: no or malformed bearer token. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** 401: the access token expired; the SDK refreshes and repeats the request once. */
    public static final String TOKEN_EXPIRED = "TOKEN_EXPIRED";
    /** 401: password login failed. */
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    /** 401: the refresh token is unknown, used, revoked or expired. */
    public static final String INVALID_REFRESH_TOKEN = "INVALID_REFRESH_TOKEN";
    /** 403: identity not confirmed by e-signature yet. */
    public static final String IDENTITY_NOT_CONFIRMED = "IDENTITY_NOT_CONFIRMED";
    /** 403: not allowed for this account or scope. */
    public static final String FORBIDDEN = "FORBIDDEN";
    /** 404: no such resource (also for ids of another scope). */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** 409: registration with an email that already has an account. */
    public static final String EMAIL_ALREADY_REGISTERED = "EMAIL_ALREADY_REGISTERED";
    /** 409: the same idempotency key is still being processed. */
    public static final String IDEMPOTENCY_KEY_IN_USE = "IDEMPOTENCY_KEY_IN_USE";
    /** 422: the privacy-policy-and-rules acknowledgement is missing. */
    public static final String CONSENT_REQUIRED = "CONSENT_REQUIRED";
    /** 422: the password does not meet the policy. */
    public static final String PASSWORD_POLICY_VIOLATION = "PASSWORD_POLICY_VIOLATION";
    /** 422: the same idempotency key was sent with a different request. */
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    /** 429: too many requests. */
    public static final String RATE_LIMITED = "RATE_LIMITED";
    /** 500: the portal failed. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** 503: maintenance or overload. */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    /** SDK: an answer that is not what the contract promises (not JSON, malformed, no code). */
    public static final String UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";
    /** SDK: the request could not be completed at the network level. */
    public static final String NETWORK_ERROR = "NETWORK_ERROR";
    /** SDK: the total deadline of the call passed. */
    public static final String DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED";
    /** SDK: the calling thread was interrupted. */
    public static final String INTERRUPTED = "INTERRUPTED";

    /** Field-level code: a required value is missing. */
    public static final String FIELD_REQUIRED = "REQUIRED";
    /** Field-level code: a value is longer than allowed. */
    public static final String FIELD_TOO_LONG = "TOO_LONG";
    /** Field-level code: not a valid email address. */
    public static final String FIELD_INVALID_EMAIL = "INVALID_EMAIL";

    private ErrorCodes() {
    }
}
