package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The person's Smart-ID account cannot be used right now (end result {@code DOCUMENT_UNUSABLE}):
 * the person should check the Smart-ID app or contact Smart-ID support. {@link #getCode()} is {@code SMART_ID_DOCUMENT_UNUSABLE}.
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
public class DocumentUnusableException extends SignerDeviceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public DocumentUnusableException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.SMART_ID_DOCUMENT_UNUSABLE, provider, detail, locale);
    }
}
