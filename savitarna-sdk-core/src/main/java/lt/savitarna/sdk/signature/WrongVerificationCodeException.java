package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The person chose a verification code in the Smart-ID app other than the one shown on the screen
 * ({@code WRONG_VC}). That may mean someone else's request reached the phone; nothing was signed.
 * Ask the person to compare the codes carefully and start again.
 *
 * <pre>{@code
 * } catch (WrongVerificationCodeException e) {
 *     ui.showWarning(e.getLocalizedMessage());
 * }</pre>
 */
public class WrongVerificationCodeException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public WrongVerificationCodeException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.WRONG_VERIFICATION_CODE, provider, detail, locale, null);
    }
}
