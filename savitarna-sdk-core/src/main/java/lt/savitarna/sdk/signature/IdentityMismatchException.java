package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The certificate in the answer names another person than the one asked for (or no person at
 * all): its subject {@code serialNumber}, such as {@code PNOLT-30303039914}, is not the identity in
 * the request. Neither identity appears in the message.
 *
 * <pre>{@code
 * } catch (IdentityMismatchException e) {
 *     securityLog.warn("rejected e-signature answer: {}", e.getMessage());
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
