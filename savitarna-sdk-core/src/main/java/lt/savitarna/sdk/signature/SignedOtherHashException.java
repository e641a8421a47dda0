package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The signature in the answer is genuine for the certificate's key, but it covers another hash
 * than the one sent: an answer replayed from another session. (Recognisable for RSA keys, whose
 * signatures reveal the hash they cover; for EC keys the same case is a {@link BadSignatureException}.)
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
public class SignedOtherHashException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SignedOtherHashException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.RESPONSE_SIGNED_OTHER_HASH, provider, detail, locale, null);
    }
}
