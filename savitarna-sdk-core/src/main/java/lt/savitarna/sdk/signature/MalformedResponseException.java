package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The answer is not what the protocol describes: not JSON, a field of the wrong type, invalid
 * Base64, a certificate that cannot be read, or an unknown session state.
 *
 * <!-- sample: SigningFailures#untrustworthy-answers -->
 * <pre>{@code
 * try {
 *     return handleServiceFailures(provider, person, security);
 * } catch (BadSignatureException | SignedOtherHashException | UntrustedCertificateException
 *          | IdentityMismatchException | KeyUsageException | CertificateLevelException e) {
 *     security.println("SECURITY " + e.getCode() + ": " + e.getMessage()); // says why, never the code
 *     return "Sign-in failed: " + e.getLocalizedMessage();
 * } catch (MalformedResponseException | MissingFieldException | UnknownEndResultException e) {
 *     security.println("Unexpected answer (is the SDK up to date?): " + e.getMessage());
 *     return "Sign-in failed: " + e.getLocalizedMessage();
 * }
 * }</pre>
 */
public class MalformedResponseException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public MalformedResponseException(String provider, String detail, Locale locale) {
        this(provider, detail, locale, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param provider the provider's name, or {@code null}
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     * @param cause    the underlying failure, or {@code null}
     */
    public MalformedResponseException(String provider, String detail, Locale locale, Throwable cause) {
        super(SignatureErrorCodes.RESPONSE_MALFORMED, provider, detail, locale, cause);
    }
}
