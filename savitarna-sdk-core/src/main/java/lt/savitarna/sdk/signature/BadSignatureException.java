package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The signature in the answer does not verify with the certificate's public key over the hash
 * that was sent: it is forged, damaged, or made with another key.
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
public class BadSignatureException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public BadSignatureException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.RESPONSE_BAD_SIGNATURE, provider, detail, locale, null);
    }
}
