package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The signature in the answer is genuine for the certificate's key, but it covers another hash
 * than the one sent: an answer replayed from another session. (Recognisable for RSA keys, whose
 * signatures reveal the hash they cover; for EC keys the same case is a {@link BadSignatureException}.)
 *
 * <pre>{@code
 * } catch (SignedOtherHashException e) {
 *     securityLog.warn("rejected e-signature answer: {}", e.getMessage());
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
