package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The certificate in the answer names another person than the one asked for (or no person at
 * all): its subject {@code serialNumber}, such as {@code PNOLT-30303039914}, is not the identity in
 * the request. Neither identity appears in the message.
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
public class IdentityMismatchException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public IdentityMismatchException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.RESPONSE_IDENTITY_MISMATCH, provider, detail, locale, null);
    }
}
