package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The certificate's level, as the service reported it, is lower than the level asked for (for
 * example {@code ADVANCED} when {@code QUALIFIED} was requested), or was not reported.
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
public class CertificateLevelException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    private final CertificateLevel requested;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param requested the level that was asked for
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public CertificateLevelException(String provider, CertificateLevel requested, String detail, Locale locale) {
        super(SignatureErrorCodes.RESPONSE_CERTIFICATE_LEVEL_TOO_LOW, provider, detail, locale, null);
        this.requested = requested;
    }

    /** {@return the level that was asked for} */
    public CertificateLevel requested() {
        return requested;
    }
}
