package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The certificate's key usage does not fit the operation: authentication needs
 * {@code digitalSignature} (an authentication certificate), signing needs {@code nonRepudiation}
 * (a signing certificate). A signing certificate offered for authentication, or the other way
 * round, is refused.
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
public class KeyUsageException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public KeyUsageException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.RESPONSE_WRONG_KEY_USAGE, provider, detail, locale, null);
    }
}
