package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The phone number and personal code do not belong to a Mobile-ID user ({@code NOT_MID_CLIENT},
 * or no certificate found): the person has no Mobile-ID on this SIM, typed another number or
 * code, or the Mobile-ID certificates are not active. The message says where Mobile-ID is sold:
 * Telia, Bitė, Tele2 or Teledema.
 *
 * <!-- sample: SigningFailures#account-and-device -->
 * <pre>{@code
 * try {
 *     return askThePerson(provider, person, listener);
 * } catch (NotMobileIdClientException | NotQualifiedAccountException | CertificateExpiredException e) {
 *     return "Use another method: " + e.getLocalizedMessage(); // no usable certificate for this one
 * } catch (SignerNotFoundException e) {
 *     return "Check the personal code: " + e.getLocalizedMessage(); // or get Smart-ID first
 * } catch (DocumentUnusableException | InteractionNotSupportedException | UserActionRequiredException e) {
 *     return "Open the Smart-ID app: " + e.getLocalizedMessage(); // it needs the person's attention
 * } catch (SignerDeviceException e) {
 *     return "The phone cannot sign now: " + e.getLocalizedMessage(); // SIM or SMS delivery trouble
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
