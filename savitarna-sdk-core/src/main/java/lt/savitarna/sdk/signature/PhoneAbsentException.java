package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * Mobile-ID could not reach the phone ({@code PHONE_ABSENT}): it is switched off or out of
 * coverage. Nothing was signed; ask the person to check the phone and try again.
 *
 * <pre>{@code
 * } catch (PhoneAbsentException e) {
 *     ui.offerRetry(e.getLocalizedMessage());
 * }</pre>
 */
public class PhoneAbsentException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public PhoneAbsentException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.PHONE_ABSENT, provider, detail, locale, null);
    }
}
