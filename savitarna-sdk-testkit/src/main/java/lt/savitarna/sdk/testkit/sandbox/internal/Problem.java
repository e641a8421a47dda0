package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An RFC 9457 problem as the contract shapes it: status, stable {@code code}, human title and
 * detail, optional field errors, and extra response headers such as {@code Retry-After}.
 */
public record Problem(int status, String code, String title, String detail, List<FieldError> errors,
                      Map<String, String> headers) {

    /** Where the {@code type} URIs live; the code in kebab case is appended. */
    public static final String TYPE_BASE = "https://savitarna.agrokoncernas.lt/problems/";

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("VALIDATION_FAILED", "Validation failed"),
            Map.entry("UNAUTHENTICATED", "Authentication required"),
            Map.entry("TOKEN_EXPIRED", "Access token expired"),
            Map.entry("INVALID_CREDENTIALS", "Invalid credentials"),
            Map.entry("INVALID_REFRESH_TOKEN", "Invalid refresh token"),
            Map.entry("IDENTITY_NOT_CONFIRMED", "Identity not confirmed"),
            Map.entry("IDENTITY_MISMATCH", "Identity mismatch"),
            Map.entry("FORBIDDEN", "Forbidden"),
            Map.entry("NOT_FOUND", "Not found"),
            Map.entry("METHOD_NOT_ALLOWED", "Method not allowed"),
            Map.entry("EMAIL_ALREADY_REGISTERED", "Email already registered"),
            Map.entry("IDEMPOTENCY_KEY_IN_USE", "Idempotency key in use"),
            Map.entry("CONSENT_REQUIRED", "Consent required"),
            Map.entry("PASSWORD_POLICY_VIOLATION", "Password policy violation"),
            Map.entry("IDEMPOTENCY_KEY_REUSED", "Idempotency key reused"),
            Map.entry("RATE_LIMITED", "Too many requests"),
            Map.entry("INTERNAL_ERROR", "Internal error"),
            Map.entry("SERVICE_UNAVAILABLE", "Service unavailable"),
            Map.entry("NOT_A_MEMBER", "Not a Žemyna member"),
            Map.entry("DOCUMENT_NOT_SIGNABLE", "Document cannot be signed"),
            Map.entry("DOCUMENT_NOT_SIGNED", "Document not signed"),
            Map.entry("SIGNATURE_INVALID", "Signature invalid"),
            Map.entry("CERTIFICATE_UNTRUSTED", "Certificate not trusted"),
            Map.entry("CERTIFICATE_SUBJECT_MISMATCH", "Certificate of another person"),
            Map.entry("RANGE_NOT_SATISFIABLE", "Range not satisfiable"),
            Map.entry("CURSOR_EXPIRED", "Cursor expired"),
            Map.entry("FILE_TOO_LARGE", "File too large"),
            Map.entry("UNSUPPORTED_MEDIA_TYPE", "Unsupported file type"));

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        errors = List.copyOf(errors);
        headers = Map.copyOf(headers);
    }

    /** A problem with the standard title for {@code code}. */
    public static Problem of(int status, String code, String detail) {
        return new Problem(status, code, titleFor(code), detail, List.of(), Map.of());
    }

    public static String titleFor(String code) {
        String known = TITLES.get(code);
        if (known != null) {
            return known;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? "Error" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String type() {
        return TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Problem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Problem(status, code, title, detail, errors, more);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(status, code, title, detail, fieldErrors, headers);
    }

    public static Problem validation(List<FieldError> errors) {
        return of(400, "VALIDATION_FAILED", describe(errors)).withErrors(errors);
    }

    public static Problem unauthenticated(String detail) {
        return of(401, "UNAUTHENTICATED", detail).withHeader("WWW-Authenticate", "Bearer");
    }

    public static Problem tokenExpired() {
        return of(401, "TOKEN_EXPIRED", "The access token has expired; refresh it and repeat the request")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    public static Problem invalidCredentials() {
        return of(401, "INVALID_CREDENTIALS", "Email or password is wrong");
    }

    public static Problem invalidRefreshToken() {
        return of(401, "INVALID_REFRESH_TOKEN", "The refresh token is unknown, used, revoked or expired; log in again");
    }

    public static Problem identityNotConfirmed() {
        return of(403, "IDENTITY_NOT_CONFIRMED",
                "Confirm your identity with Smart-ID or Mobile-ID before working with documents and representations");
    }

    public static Problem identityMismatch() {
        return of(409, "IDENTITY_MISMATCH", "The account is already bound to another person's identity");
    }

    public static Problem notFound(String detail) {
        return of(404, "NOT_FOUND", detail);
    }

    public static Problem methodNotAllowed(String allowed) {
        return of(405, "METHOD_NOT_ALLOWED", "Allowed: " + allowed).withHeader("Allow", allowed);
    }

    public static Problem emailAlreadyRegistered() {
        return of(409, "EMAIL_ALREADY_REGISTERED",
                "An account with this email exists; log in with it (Žemyna club members use their club credentials)");
    }

    public static Problem idempotencyKeyInUse() {
        return of(409, "IDEMPOTENCY_KEY_IN_USE", "A request with this Idempotency-Key is still being processed")
                .withHeader("Retry-After", "1");
    }

    public static Problem idempotencyKeyReused() {
        return of(422, "IDEMPOTENCY_KEY_REUSED",
                "This Idempotency-Key was used for a different request; use a new key for a new request");
    }

    public static Problem consentRequired(String field) {
        return of(422, "CONSENT_REQUIRED", field + ": the privacy policy and rules must be accepted")
                .withErrors(List.of(new FieldError(field, "REQUIRED", "must be true")));
    }

    public static Problem passwordPolicy(List<FieldError> errors) {
        return of(422, "PASSWORD_POLICY_VIOLATION", describe(errors)).withErrors(errors);
    }

    public static Problem rateLimited(long retryAfterSeconds) {
        return of(429, "RATE_LIMITED", "Too many requests; retry after " + retryAfterSeconds + " s")
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    public static Problem serviceUnavailable(long retryAfterSeconds) {
        return of(503, "SERVICE_UNAVAILABLE", "The portal is unavailable; retry after " + retryAfterSeconds + " s")
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    public static Problem internalError() {
        return of(500, "INTERNAL_ERROR", "An unexpected error occurred");
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
