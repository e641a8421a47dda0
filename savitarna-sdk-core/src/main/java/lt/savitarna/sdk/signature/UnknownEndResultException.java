package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The session ended with a result the protocol does not define, so the SDK cannot know what
 * happened and treats the answer as not trustworthy. {@link #endResult()} gives the value.
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
public class UnknownEndResultException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    private final String endResult;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param endResult the end result as sent
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public UnknownEndResultException(String provider, String endResult, String detail, Locale locale) {
        super(SignatureErrorCodes.RESPONSE_UNKNOWN_END_RESULT, provider, detail, locale, null);
        this.endResult = endResult;
    }

    /** {@return the end result as the service sent it} */
    public String endResult() {
        return endResult;
    }
}
