package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The certificate's key usage does not fit the operation: authentication needs
 * {@code digitalSignature} (an authentication certificate), signing needs {@code nonRepudiation}
 * (a signing certificate). A signing certificate offered for authentication, or the other way
 * round, is refused.
 *
 * <pre>{@code
 * } catch (KeyUsageException e) {
 *     securityLog.warn("rejected e-signature answer: {}", e.getMessage());
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
