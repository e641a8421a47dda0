package lt.savitarna.sdk.internal.http;

import jakarta.json.JsonObject;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import lt.savitarna.sdk.error.AccessDeniedException;
import lt.savitarna.sdk.error.DocumentNotSignableException;
import lt.savitarna.sdk.error.DocumentNotSignedException;
import lt.savitarna.sdk.error.EsignatureRejectedException;
import lt.savitarna.sdk.error.IdentityConflictException;
import lt.savitarna.sdk.error.NoAccountForIdentityException;
import lt.savitarna.sdk.error.SigningSessionEndedException;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.ConsentRequiredException;
import lt.savitarna.sdk.error.CursorExpiredException;
import lt.savitarna.sdk.error.EmailAlreadyRegisteredException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.error.FileTooLargeException;
import lt.savitarna.sdk.error.HelpRequestClosedException;
import lt.savitarna.sdk.error.IdempotencyConflictException;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.error.InvalidCredentialsException;
import lt.savitarna.sdk.error.NotAMemberException;
import lt.savitarna.sdk.error.NotFoundException;
import lt.savitarna.sdk.error.OfferExpiredException;
import lt.savitarna.sdk.error.OrderNotCancellableException;
import lt.savitarna.sdk.error.PasswordPolicyException;
import lt.savitarna.sdk.error.Problem;
import lt.savitarna.sdk.error.QuantityOutOfRangeException;
import lt.savitarna.sdk.error.RateLimitedException;
import lt.savitarna.sdk.error.ServiceUnavailableException;
import lt.savitarna.sdk.error.SessionExpiredException;
import lt.savitarna.sdk.error.UnsupportedMediaTypeException;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.internal.json.JsonCodec;
import lt.savitarna.sdk.internal.json.JsonFields;

/**
 * Turns an error answer into the one exception tree. The code decides the type; 429 and 503
 * answers without a known code still become {@link RateLimitedException} and
 * {@link ServiceUnavailableException}; a body that is not a readable problem gets the code
 * {@code UNEXPECTED_RESPONSE} and never breaks the mapping.
 */
public final class ProblemMapper {

    private ProblemMapper() {
    }

    /**
     * Maps an error answer.
     *
     * @param status        the HTTP status
     * @param headers       the answer's headers
     * @param body          the answer's body, possibly empty
     * @param sentRequestId the request id the client sent, used when the answer names none
     * @param retryAfter    the parsed {@code Retry-After}, or {@code null}
     */
    public static ApiException map(int status, HttpHeaders headers, byte[] body, String sentRequestId,
                                   Duration retryAfter, JsonCodec json, Locale locale) {
        String echoedId = headers.firstValue("X-Request-Id").orElse(sentRequestId);
        Problem problem = read(status, headers, body, json, echoedId);
        return forProblem(problem, retryAfter, locale);
    }

    /** The exception type for a problem. */
    public static ApiException forProblem(Problem problem, Duration retryAfter, Locale locale) {
        switch (problem.code()) {
            case ErrorCodes.VALIDATION_FAILED:
                return new ValidationException(problem, locale);
            case ErrorCodes.CONSENT_REQUIRED:
                return new ConsentRequiredException(problem, locale);
            case ErrorCodes.PASSWORD_POLICY_VIOLATION:
                return new PasswordPolicyException(problem, locale);
            case ErrorCodes.EMAIL_ALREADY_REGISTERED:
                return new EmailAlreadyRegisteredException(problem, locale);
            case ErrorCodes.INVALID_CREDENTIALS:
                return new InvalidCredentialsException(problem, locale);
            case ErrorCodes.INVALID_REFRESH_TOKEN:
                return new SessionExpiredException(problem, locale);
            case ErrorCodes.IDENTITY_NOT_CONFIRMED:
                return new IdentityNotConfirmedException(problem, locale);
            case ErrorCodes.FORBIDDEN:
                return new AccessDeniedException(problem, locale);
            case ErrorCodes.NOT_FOUND:
                return new NotFoundException(problem, locale);
            case ErrorCodes.IDEMPOTENCY_KEY_REUSED:
                return new IdempotencyConflictException(problem, locale);
            case ErrorCodes.NOT_A_MEMBER:
                return new NotAMemberException(problem, locale);
            case ErrorCodes.OFFER_EXPIRED:
                return new OfferExpiredException(problem, locale);
            case ErrorCodes.QUANTITY_OUT_OF_RANGE:
                return new QuantityOutOfRangeException(problem, locale);
            case ErrorCodes.ORDER_NOT_CANCELLABLE:
                return new OrderNotCancellableException(problem, locale);
            case ErrorCodes.REQUEST_CLOSED:
                return new HelpRequestClosedException(problem, locale);
            case ErrorCodes.CURSOR_EXPIRED:
                return new CursorExpiredException(problem, locale);
            case ErrorCodes.FILE_TOO_LARGE:
                return new FileTooLargeException(problem, locale);
            case ErrorCodes.UNSUPPORTED_MEDIA_TYPE:
                return new UnsupportedMediaTypeException(problem, locale);
            case ErrorCodes.SIGNATURE_INVALID, ErrorCodes.CERTIFICATE_UNTRUSTED, ErrorCodes.CERTIFICATE_EXPIRED,
                 ErrorCodes.CERTIFICATE_SUBJECT_MISMATCH:
                return new EsignatureRejectedException(problem, locale);
            case ErrorCodes.CHALLENGE_EXPIRED, ErrorCodes.CHALLENGE_ALREADY_USED, ErrorCodes.SIGNATURE_EXPIRED,
                 ErrorCodes.SIGNATURE_NOT_PENDING:
                return new SigningSessionEndedException(problem, locale);
            case ErrorCodes.IDENTITY_MISMATCH, ErrorCodes.IDENTITY_BOUND_TO_OTHER_ACCOUNT:
                return new IdentityConflictException(problem, locale);
            case ErrorCodes.NO_ACCOUNT_FOR_IDENTITY:
                return new NoAccountForIdentityException(problem, locale);
            case ErrorCodes.DOCUMENT_NOT_SIGNABLE:
                return new DocumentNotSignableException(problem, locale);
            case ErrorCodes.DOCUMENT_NOT_SIGNED:
                return new DocumentNotSignedException(problem, locale);
            case ErrorCodes.RATE_LIMITED:
                return new RateLimitedException(problem, locale, retryAfter);
            case ErrorCodes.SERVICE_UNAVAILABLE:
                return new ServiceUnavailableException(problem, locale, retryAfter);
            default:
                if (problem.status() == 429) {
                    return new RateLimitedException(problem, locale, retryAfter);
                }
                if (problem.status() == 503) {
                    return new ServiceUnavailableException(problem, locale, retryAfter);
                }
                return new ApiException(problem, locale, retryAfter);
        }
    }

    private static Problem read(int status, HttpHeaders headers, byte[] body, JsonCodec json, String requestId) {
        String contentType = headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (body.length == 0 || !contentType.contains("json")) {
            return unexpected(status, requestId);
        }
        try {
            JsonObject o = json.readObject(body);
            List<FieldError> errors = JsonFields.list(o, "errors", e -> new FieldError(
                    JsonFields.requiredString(e, "field"),
                    orElse(JsonFields.string(e, "code"), ErrorCodes.UNEXPECTED_RESPONSE),
                    JsonFields.string(e, "message")));
            String id = JsonFields.string(o, "requestId");
            return new Problem(JsonFields.string(o, "type"), JsonFields.string(o, "title"), status,
                    JsonFields.string(o, "detail"), JsonFields.string(o, "instance"), JsonFields.string(o, "code"),
                    id == null || id.isBlank() ? requestId : id, errors);
        } catch (RuntimeException e) {
            // Whatever is wrong with the body (not JSON, wrong types), it is just an unreadable answer.
            return unexpected(status, requestId);
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static Problem unexpected(int status, String requestId) {
        return new Problem(null, null, status, null, null, ErrorCodes.UNEXPECTED_RESPONSE, requestId, List.of());
    }
}
