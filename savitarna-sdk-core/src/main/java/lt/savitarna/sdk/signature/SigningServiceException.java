package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The e-signature service refused the relying party's request for a reason the person cannot fix:
 * a bad request (400), wrong relying party credentials (401), no permission (403, e.g. for
 * ADVANCED accounts), an unknown session (404 while polling), an outdated client (480), another
 * status, or a failed TLS handshake or pin check. {@link #getCode()} says which, {@link #status()}
 * gives the HTTP status ({@code 0} when there was none). Tell the person to try later and alert
 * whoever runs the integration.
 *
 * <!-- sample: SigningFailures#error-codes -->
 * <pre>{@code
 * try {
 *     return rejectUntrustworthyAnswers(provider, person, operations);
 * } catch (SigningServiceException e) { // e.g. TLS failures, unexpected HTTP statuses
 *     // getCode() is one of SignatureErrorCodes: stable, unlike the messages
 *     boolean pinsOutdated = SignatureErrorCodes.SIGNING_TLS_PIN_MISMATCH.equals(e.getCode());
 *     operations.println((pinsOutdated ? "ALERT update SK's TLS pins: " : "ALERT ") + e.getMessage());
 *     return "E-signing is unavailable: " + e.getLocalizedMessage();
 * } catch (SigningException e) {
 *     return "Sign-in failed: " + e.getLocalizedMessage();
 * }
 * }</pre>
 */
public class SigningServiceException extends SigningException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * Creates the exception.
     *
     * @param code     the code (see {@link SignatureErrorCodes})
     * @param provider the provider's name
     * @param status   the HTTP status, or {@code 0}
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     * @param cause    the underlying failure, or {@code null}
     */
    public SigningServiceException(String code, String provider, int status, String detail, Locale locale,
                                   Throwable cause) {
        super(code, provider, detail, locale, cause);
        this.status = status;
    }

    /** {@return the HTTP status of the answer, or {@code 0} when there was no answer} */
    public int status() {
        return status;
    }

    @Override
    public String getMessage() {
        String base = super.getMessage();
        return status == 0 ? base : base.substring(0, base.length() - 1) + ", status " + status + "]";
    }
}
