package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The person has Smart-ID, but no account of the level asked for (Smart-ID answers HTTP 471):
 * typically a Smart-ID Basic account where a "Smart-ID Qualified Electronic Signature" account is
 * needed. Only a qualified account can sign. The message tells the person how to get one: register
 * it with Mobile-ID, or at a SEB, Swedbank or Luminor bank branch.
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
public class NotQualifiedAccountException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public NotQualifiedAccountException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.NOT_QUALIFIED_ACCOUNT, provider, detail, locale, null);
    }
}
