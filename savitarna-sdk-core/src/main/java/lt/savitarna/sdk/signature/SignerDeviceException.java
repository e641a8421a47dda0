package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The person's phone, SIM card, Smart-ID app or account could not complete the operation;
 * {@link #getCode()} says which case, and the message what to do:
 * <ul>
 *   <li>{@code MOBILE_ID_DELIVERY_ERROR}: the request could not be delivered to the phone;</li>
 *   <li>{@code MOBILE_ID_SIM_ERROR}: the SIM card answered with an error;</li>
 *   <li>{@code MOBILE_ID_SIGNATURE_HASH_MISMATCH}: the SIM's Mobile-ID setup differs from the
 *       service's, the mobile operator must fix it;</li>
 *   <li>{@code SMART_ID_DOCUMENT_UNUSABLE}: the Smart-ID account cannot be used now;</li>
 *   <li>{@code SMART_ID_INTERACTION_NOT_SUPPORTED}: the Smart-ID app is too old for the
 *       requested interaction and must be updated.</li>
 * </ul>
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
public class SignerDeviceException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code     one of the codes above (see {@link SignatureErrorCodes})
     * @param provider the provider's name
     * @param detail   a technical explanation, e.g. the end result
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SignerDeviceException(String code, String provider, String detail, Locale locale) {
        super(code, provider, detail, locale, null);
    }
}
