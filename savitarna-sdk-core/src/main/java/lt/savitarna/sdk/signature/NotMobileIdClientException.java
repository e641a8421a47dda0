package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The phone number and personal code do not belong to a Mobile-ID user ({@code NOT_MID_CLIENT},
 * or no certificate found): the person has no Mobile-ID on this SIM, typed another number or
 * code, or the Mobile-ID certificates are not active. The message says where Mobile-ID is sold:
 * Telia, Bitė, Tele2 or Teledema.
 *
 * <pre>{@code
 * } catch (NotMobileIdClientException e) {
 *     ui.showInfo(e.getLocalizedMessage());
 * }
 * }</pre>
 */
public class NotMobileIdClientException extends SignerNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public NotMobileIdClientException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.NOT_MOBILE_ID_CLIENT, provider, detail, locale);
    }
}
