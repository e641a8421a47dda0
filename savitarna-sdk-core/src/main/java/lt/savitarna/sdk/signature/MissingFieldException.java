package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * A field that the protocol requires in this answer is missing, for example the signature or
 * the certificate of a completed authentication. {@link #field()} names it.
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
public class MissingFieldException extends ResponseValidationException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name, or {@code null}
     * @param field    the missing field's path
     * @param detail   a technical explanation
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public MissingFieldException(String provider, String field, String detail, Locale locale) {
        super(SignatureErrorCodes.RESPONSE_MISSING_FIELD, provider, detail, locale, null);
        this.field = field;
    }

    /** {@return the missing field's path, e.g. {@code signature.value}} */
    public String field() {
        return field;
    }
}
