package lt.savitarna.sdk.error;

/**
 * The stable machine codes carried by {@link SavitarnaException#getCode()}: the portal's problem
 * codes and the few the SDK adds for failures that never got an answer. Switch on these, never on
 * message texts, which are for people and may change.
 *
 * <!-- sample: UnreliableNetwork#problem -->
 * <pre>{@code
 * try {
 *     out.println("Logged in as " + session.me().email());
 * } catch (ApiException e) {
 *     if (ErrorCodes.INTERNAL_ERROR.equals(e.code())) {
 *         out.println("The portal failed; quote request id " + e.requestId() + " to its support");
 *     } else {
 *         Problem problem = e.problem(); // as the portal sent it, with its title and detail
 *         out.println(problem.status() + " " + problem.code() + ": " + problem.detail());
 *     }
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
    /** 403: a loyalty order or cancellation by a workspace that is not a Žemyna member. */
    public static final String NOT_A_MEMBER = "NOT_A_MEMBER";
    /** 409: the loyalty order can no longer be cancelled. */
    public static final String ORDER_NOT_CANCELLABLE = "ORDER_NOT_CANCELLABLE";
    /** 409: the help request is closed; ask a new question. */
    public static final String REQUEST_CLOSED = "REQUEST_CLOSED";
    /** 410: the document change-feed cursor is older than the retention; resynchronise. */
    public static final String CURSOR_EXPIRED = "CURSOR_EXPIRED";
    /** 413: an upload exceeds 25 MiB; also found before sending. */
    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    /** 415: an upload's media type is not allowed; also found before sending. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    /** 416: a download range starts beyond the end of the file (the SDK restarts the download). */
    public static final String RANGE_NOT_SATISFIABLE = "RANGE_NOT_SATISFIABLE";
    /** 422: the loyalty offer is outside its validity. */
    public static final String OFFER_EXPIRED = "OFFER_EXPIRED";
    /** 422: the quantity is outside the offer's limits or above what remains; also found before sending. */
    public static final String QUANTITY_OUT_OF_RANGE = "QUANTITY_OUT_OF_RANGE";
    /** {@code NO_ACCOUNT_FOR_IDENTITY}: see the portal contract's signing problem codes. */
    public static final String NO_ACCOUNT_FOR_IDENTITY = "NO_ACCOUNT_FOR_IDENTITY";
    /** {@code CHALLENGE_EXPIRED}: see the portal contract's signing problem codes. */
    public static final String CHALLENGE_EXPIRED = "CHALLENGE_EXPIRED";
    /** {@code CHALLENGE_ALREADY_USED}: see the portal contract's signing problem codes. */
    public static final String CHALLENGE_ALREADY_USED = "CHALLENGE_ALREADY_USED";
    /** {@code IDENTITY_MISMATCH}: see the portal contract's signing problem codes. */
    public static final String IDENTITY_MISMATCH = "IDENTITY_MISMATCH";
    /** {@code IDENTITY_BOUND_TO_OTHER_ACCOUNT}: see the portal contract's signing problem codes. */
    public static final String IDENTITY_BOUND_TO_OTHER_ACCOUNT = "IDENTITY_BOUND_TO_OTHER_ACCOUNT";
    /** {@code DOCUMENT_NOT_SIGNABLE}: see the portal contract's signing problem codes. */
    public static final String DOCUMENT_NOT_SIGNABLE = "DOCUMENT_NOT_SIGNABLE";
    /** {@code SIGNATURE_EXPIRED}: see the portal contract's signing problem codes. */
    public static final String SIGNATURE_EXPIRED = "SIGNATURE_EXPIRED";
    /** {@code SIGNATURE_NOT_PENDING}: see the portal contract's signing problem codes. */
    public static final String SIGNATURE_NOT_PENDING = "SIGNATURE_NOT_PENDING";
    /** {@code DOCUMENT_NOT_SIGNED}: see the portal contract's signing problem codes. */
    public static final String DOCUMENT_NOT_SIGNED = "DOCUMENT_NOT_SIGNED";
    /** {@code SIGNATURE_INVALID}: see the portal contract's signing problem codes. */
    public static final String SIGNATURE_INVALID = "SIGNATURE_INVALID";
    /** {@code CERTIFICATE_UNTRUSTED}: see the portal contract's signing problem codes. */
    public static final String CERTIFICATE_UNTRUSTED = "CERTIFICATE_UNTRUSTED";
    /** {@code CERTIFICATE_EXPIRED}: see the portal contract's signing problem codes. */
    public static final String CERTIFICATE_EXPIRED = "CERTIFICATE_EXPIRED";
    /** {@code CERTIFICATE_SUBJECT_MISMATCH}: see the portal contract's signing problem codes. */
    public static final String CERTIFICATE_SUBJECT_MISMATCH = "CERTIFICATE_SUBJECT_MISMATCH";
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
    /** SDK: a streamed body stopped arriving for longer than the attempt timeout. */
    public static final String READ_TIMEOUT = "READ_TIMEOUT";
    /** SDK: a downloaded file's SHA-256 differs from the portal's; nothing was kept. */
    public static final String CHECKSUM_MISMATCH = "CHECKSUM_MISMATCH";
    /** SDK: a local file or folder could not be read or written. */
    public static final String LOCAL_FILE_ERROR = "LOCAL_FILE_ERROR";

    /** Field-level code: a required value is missing. */
    public static final String FIELD_REQUIRED = "REQUIRED";
    /** Field-level code: a value is longer than allowed. */
    public static final String FIELD_TOO_LONG = "TOO_LONG";
    /** Field-level code: not a valid email address. */
    public static final String FIELD_INVALID_EMAIL = "INVALID_EMAIL";
    /** Field-level code: a number outside its allowed range (e.g. an order quantity). */
    public static final String FIELD_OUT_OF_RANGE = "OUT_OF_RANGE";
    /** Field-level code: a decimal with more digits than the contract allows. */
    public static final String FIELD_TOO_PRECISE = "TOO_PRECISE";
    /** Field-level code: a value that is not allowed, e.g. a date range that ends before it starts. */
    public static final String FIELD_INVALID = "INVALID";

    private ErrorCodes() {
    }
}
