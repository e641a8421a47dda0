package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The person's Smart-ID app cannot show the requested interaction (end result
 * {@code REQUIRED_INTERACTION_NOT_SUPPORTED_BY_APP}): the app must be updated. {@link #getCode()} is {@code SMART_ID_INTERACTION_NOT_SUPPORTED}.
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
public class InteractionNotSupportedException extends SignerDeviceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public InteractionNotSupportedException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SMART_ID_INTERACTION_NOT_SUPPORTED, provider, detail, locale);
    }
}
