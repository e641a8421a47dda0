package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The e-signature service knows no account for the person (Smart-ID: HTTP 404 when starting a
 * session). The person has no Smart-ID, or typed another personal code or document number.
 * {@link NotMobileIdClientException} is the Mobile-ID case.
 *
 * <pre>{@code
 * } catch (SignerNotFoundException e) {
 *     ui.showInfo(e.getLocalizedMessage()); // check the code, or get Smart-ID / Mobile-ID first
 * }
 * }</pre>
 */
public class SignerNotFoundException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SignerNotFoundException(String provider, String detail, Locale locale) {
        this(SignatureErrorCodes.SIGNER_NOT_FOUND, provider, detail, locale);
    }

    /**
     * For subclasses with a code of their own.
     *
     * @param code     the code
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    protected SignerNotFoundException(String code, String provider, String detail, Locale locale) {
        super(code, provider, detail, locale, null);
    }
}
